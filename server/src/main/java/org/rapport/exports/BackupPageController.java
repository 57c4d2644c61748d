package org.rapport.exports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.rapport.accounts.CurrentMember;
import org.rapport.accounts.MemberRole;
import org.rapport.accounts.RequiresRole;
import org.rapport.api.ConflictException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The restore form of the settings page (the export links there go straight to the API). */
@Controller
class BackupPageController {
    private final BackupService backups;

    BackupPageController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping("/settings/restore")
    @RequiresRole(MemberRole.OWNER)
    String restore(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes flash) {
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("failure", "Choose a Rapport backup file (.json) to restore.");
            return "redirect:/settings#backup";
        }
        try (InputStream in = file.getInputStream()) {
            Map<String, Long> restored = backups.restore(me, in);
            flash.addFlashAttribute("flash", "Restored " + summary(restored) + ".");
            return "redirect:/settings#backup";
        } catch (BackupRejectedException e) {
            flash.addFlashAttribute("failure", "Nothing was restored: " + e.getMessage());
        } catch (ConflictException e) {
            flash.addFlashAttribute("failure", e.getMessage());
        } catch (IOException e) {
            flash.addFlashAttribute("failure", "The upload broke off; nothing was restored.");
        }
        return "redirect:/settings#backup";
    }

    private static String summary(Map<String, Long> restored) {
        return restored.entrySet().stream()
                .filter(e -> !e.getKey().equals(BackupTables.WORKSPACE) && e.getValue() > 0)
                .filter(e -> BackupTables.EXPORTED.get(e.getKey()) != null
                        && !BackupTables.EXPORTED.get(e.getKey()).isEmpty())
                .map(e -> e.getValue() + " " + e.getKey().replace('_', ' '))
                .collect(Collectors.joining(", "));
    }
}
