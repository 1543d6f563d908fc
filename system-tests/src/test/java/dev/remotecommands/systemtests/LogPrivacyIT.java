package dev.remotecommands.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.local.LocalPlatform;
import dev.remotecommands.systemtests.testing.NewAccount;
import dev.remotecommands.systemtests.testing.Platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * No personal data in the services' logs: a new driver's phone number and the SMS code it received appear in no
 * line any service wrote, whatever it logged about the SMS (otp-service sends it, enrollment-service hears of it).
 */
class LogPrivacyIT {

    private static final List<String> MODULES = List.of(LocalPlatform.ENROLLMENT, LocalPlatform.OTP,
            LocalPlatform.COMMAND, LocalPlatform.BRIDGE);

    @Test
    void a_drivers_phone_number_and_sms_code_appear_in_no_service_log() throws IOException {
        Platform platform = Platform.get();
        Map<String, Long> sizesBefore = new LinkedHashMap<>();
        for (String module : MODULES) {
            sizesBefore.put(module, Files.size(platform.serviceLog(module)));
        }
        NewAccount.TrustedPhone driver = NewAccount.withTrustedPhone(platform, "privacy");
        String spaced = driver.nationalNumber().replaceAll("(\\d{2})(?=\\d)", "$1 ");
        Pattern code = Pattern.compile("\\b" + driver.smsCode() + "\\b");

        List<String> leaks = new ArrayList<>();
        for (String module : MODULES) {
            // only what was written since this driver appeared, so that an unrelated number cannot match the code
            String written = new String(Files.readAllBytes(platform.serviceLog(module)), StandardCharsets.ISO_8859_1)
                    .substring(Math.toIntExact(sizesBefore.get(module)));
            written.lines().filter(line -> line.contains(driver.phoneE164()) || line.contains(driver.phoneE164()
                            .substring(1)) || line.contains(driver.nationalNumber()) || line.contains(spaced)
                            || code.matcher(line).find())
                    .forEach(line -> leaks.add(module + ": " + line));
        }
        assertThat(leaks).as("log lines with the phone number " + driver.phoneE164() + " or the code "
                + driver.smsCode()).isEmpty();
    }
}
