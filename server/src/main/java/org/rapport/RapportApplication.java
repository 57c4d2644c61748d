package org.rapport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RapportApplication {
    public static void main(String[] args) {
        SpringApplication.run(RapportApplication.class, args);
    }
}
