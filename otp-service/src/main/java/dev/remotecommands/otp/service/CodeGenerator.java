package dev.remotecommands.otp.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;

/** One-time codes: {@code length} digits, each drawn uniformly from 0-9 by SecureRandom (leading zeros allowed). */
@ApplicationScoped
public class CodeGenerator {

    private final SecureRandom random;

    public CodeGenerator() {
        this(new SecureRandom());
    }

    CodeGenerator(SecureRandom random) {
        this.random = random;
    }

    public String generate(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("a code has at least one digit");
        }
        char[] digits = new char[length];
        for (int i = 0; i < length; i++) {
            // nextInt(bound) rejects the biased tail itself, so every digit is equally likely
            digits[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(digits);
    }
}
