{{/*
What each service is, as its code has it (not an operator's choice, so not in values.yaml):
  ingress   who may call its port 8080: api (networkPolicy.apiClients), simulator (networkPolicy.simulatorClients),
            none; plus the services that list it under "calls", and networkPolicy.monitoring for every service
  uses      the infrastructure it reaches: kafka, postgresql, oidc, mqtt, sms (the SMS provider)
  calls     services it calls over REST, and the environment variable that carries the callee's URL
  database  its credentials' Secret (secrets.<secret>) and the environment variables its application.properties
            reads (%prod.quarkus.datasource.*)
  mqttEnv   the environment variables of the broker's host and port
  secrets   environment variables filled from secrets.<secret>, key named by <field>
  metricsPath  where it serves Prometheus metrics on port 8080 (quarkus-micrometer-registry-prometheus); none: no
            metrics, no ServiceMonitor
The environment variable names are the ones in each service's src/main/resources/application.properties; deploy's
ServiceConfigurationTest fails when one of them is not read there.
*/}}
{{- define "remote-commands.topology" -}}
enrollment-service:
  ingress: api
  metricsPath: /q/metrics
  uses: [kafka, postgresql, oidc]
  calls:
    otp-service: OTP_SERVICE_URL
  database:
    secret: enrollmentDatabase
    usernameEnv: DB_USERNAME
    passwordEnv: DB_PASSWORD
    reactiveUrlEnv: DB_REACTIVE_URL
    jdbcUrlEnv: DB_JDBC_URL
  secrets:
    - {env: ENROLLMENT_SAFETY_CODE_HMAC_SECRET, secret: safetyCodeHmacSecret, field: key}
    - {env: ENROLLMENT_REMOTE_SESSION_SIGNING_KEY, secret: remoteSessionKey, field: privateKeyKey}
otp-service:
  ingress: none
  metricsPath: /q/metrics
  uses: [kafka, postgresql, sms]
  database:
    secret: otpDatabase
    usernameEnv: DB_USERNAME
    passwordEnv: DB_PASSWORD
    reactiveUrlEnv: DB_REACTIVE_URL
    jdbcUrlEnv: DB_JDBC_URL
  secrets:
    - {env: OTP_HMAC_SECRET, secret: otpHmacSecret, field: key}
command-service:
  ingress: api
  metricsPath: /q/metrics
  uses: [kafka, postgresql, oidc]
  database:
    secret: commandDatabase
    usernameEnv: DB_USERNAME
    passwordEnv: DB_PASSWORD
    reactiveUrlEnv: DB_REACTIVE_URL
    jdbcUrlEnv: DB_JDBC_URL
  secrets:
    - {env: COMMANDS_SIGNING_PRIVATE_KEY, secret: commandSigningKey, field: privateKeyKey}
    - {env: COMMANDS_REMOTE_SESSION_VERIFICATION_KEY, secret: remoteSessionKey, field: publicKeyKey}
vehicle-bridge:
  ingress: none
  metricsPath: /q/metrics
  uses: [kafka, postgresql, mqtt]
  database:
    secret: bridgeDatabase
    usernameEnv: BRIDGE_DB_USERNAME
    passwordEnv: BRIDGE_DB_PASSWORD
    reactiveUrlEnv: QUARKUS_DATASOURCE_REACTIVE_URL
    jdbcUrlEnv: QUARKUS_DATASOURCE_JDBC_URL
  mqttEnv:
    host: BRIDGE_MQTT_HOST
    port: BRIDGE_MQTT_PORT
  secrets:
    - {env: BRIDGE_COMMAND_VERIFICATION_KEY, secret: commandSigningKey, field: publicKeyKey}
fleet-simulator:
  ingress: simulator
  uses: [mqtt]
  mqttEnv:
    host: MQTT_HOST
    port: MQTT_PORT
{{- end }}

{{/* The service's ConfigMap data: every setting as the environment variable its application.properties reads. */}}
{{- define "remote-commands.configData" -}}
{{- $root := .root -}}
# in the cluster every service listens on 8080
QUARKUS_HTTP_PORT: "8080"
{{- if has "kafka" .t.uses }}
KAFKA_BOOTSTRAP_SERVERS: {{ include "remote-commands.kafkaBootstrapServers" $root | quote }}
{{- end }}
{{- with .t.database }}
{{- $address := include "remote-commands.databaseAddress" (dict "root" $root "name" $.name) }}
{{ .reactiveUrlEnv }}: {{ printf "postgresql://%s" $address | quote }}
{{ .jdbcUrlEnv }}: {{ printf "jdbc:postgresql://%s" $address | quote }}
{{- end }}
{{- if has "oidc" .t.uses }}
OIDC_AUTH_SERVER_URL: {{ include "remote-commands.oidcAuthServerUrl" $root | quote }}
{{- end }}
{{- with .t.mqttEnv }}
{{ .host }}: {{ include "remote-commands.mqttHost" $root | quote }}
{{ .port }}: {{ $root.Values.mqtt.port | quote }}
{{- end }}
{{- range $callee, $env := .t.calls }}
{{ $env }}: {{ printf "http://%s:8080" (include "remote-commands.fullname" (dict "root" $root "name" $callee)) | quote }}
{{- end }}
{{- if has "sms" .t.uses }}
OTP_SMS_PROVIDER: {{ .svc.sms.provider | quote }}
{{- if eq .svc.sms.provider "http" }}
OTP_SMS_HTTP_BASE_URL: {{ .svc.sms.baseUrl | quote }}
OTP_SMS_HTTP_FROM: {{ required "services.otp-service.sms.from is required with sms.provider http: the sender number or alphanumeric sender id of the SMS" .svc.sms.from | quote }}
{{- else }}
# %prod.otp.sms.http.* name these without a default, so they must be set; the local inbox reads none of them
OTP_SMS_HTTP_ACCOUNT_SID: not-used-by-the-local-inbox
OTP_SMS_HTTP_AUTH_TOKEN: not-used-by-the-local-inbox
OTP_SMS_HTTP_FROM: not-used-by-the-local-inbox
{{- end }}
{{- end }}
{{- range $key, $value := .svc.config }}
{{ include "remote-commands.envName" $key }}: {{ include "remote-commands.configValue" $value | quote }}
{{- end }}
{{- end }}
