{{/*
What every service shares, one named template for each piece. Most take a service context:
  (dict "root" $ "name" "<service>" "svc" <merged values> "t" <its entry in remote-commands.topology>)
built by the templates from "remote-commands.services".
*/}}

{{/* The services that are enabled: name -> {values: serviceDefaults merged with services.<name>, topology}. */}}
{{- define "remote-commands.services" -}}
{{- $root := . -}}
{{- range $name, $t := include "remote-commands.topology" . | fromYaml }}
{{- $values := mergeOverwrite (deepCopy $root.Values.serviceDefaults) (deepCopy (index $root.Values.services $name)) }}
{{- if $values.enabled }}
{{ $name }}:
  values: {{- toYaml $values | nindent 4 }}
  topology: {{- toYaml $t | nindent 4 }}
{{- end }}
{{- end }}
{{- end }}

{{/* <release>-<name>, within the 63 characters of a DNS label. Takes (dict "root" $ "name" name). */}}
{{- define "remote-commands.fullname" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end }}

{{/* The image tag: global.image.tag or the chart's appVersion, never "latest". */}}
{{- define "remote-commands.imageTag" -}}
{{- $tag := .Values.global.image.tag | default .Chart.AppVersion -}}
{{- if eq $tag "latest" -}}
{{- fail (printf "global.image.tag \"latest\" is refused: pin the version to deploy (the chart's appVersion, %s, when left empty)" .Chart.AppVersion) -}}
{{- end -}}
{{- $tag -}}
{{- end }}

{{- define "remote-commands.image" -}}
{{- $image := .root.Values.global.image -}}
{{- printf "%s/%s/%s:%s" $image.registry $image.group .name (include "remote-commands.imageTag" .root) -}}
{{- end }}

{{/* Pods are selected by these two; never change them on an installed release. */}}
{{- define "remote-commands.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{- define "remote-commands.labels" -}}
{{ include "remote-commands.selectorLabels" . }}
app.kubernetes.io/version: {{ include "remote-commands.imageTag" .root | quote }}
app.kubernetes.io/part-of: remote-commands
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end }}

{{- define "remote-commands.metadata" -}}
name: {{ include "remote-commands.fullname" . }}
labels:
  {{- include "remote-commands.labels" . | nindent 2 }}
{{- end }}

{{/* Non-root (the image's user 185), no privilege escalation, no capability, RuntimeDefault seccomp. */}}
{{- define "remote-commands.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 185
runAsGroup: 185
fsGroup: 185
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{- define "remote-commands.containerSecurityContext" -}}
runAsNonRoot: true
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
privileged: false
capabilities:
  drop: [ALL]
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* SmallRye Health's three endpoints on the http port. Takes the service context. */}}
{{- define "remote-commands.probes" -}}
{{- $probes := .svc.probes -}}
startupProbe:
  httpGet:
    path: /q/health/started
    port: http
  {{- toYaml $probes.startup | nindent 2 }}
livenessProbe:
  httpGet:
    path: /q/health/live
    port: http
  {{- toYaml $probes.liveness | nindent 2 }}
readinessProbe:
  httpGet:
    path: /q/health/ready
    port: http
  {{- toYaml $probes.readiness | nindent 2 }}
{{- end }}

{{- define "remote-commands.topologySpreadConstraints" -}}
{{- $ctx := . -}}
{{- $spread := .svc.topologySpread -}}
{{- range $spread.topologyKeys }}
- maxSkew: {{ $spread.maxSkew }}
  topologyKey: {{ . }}
  whenUnsatisfiable: {{ $spread.whenUnsatisfiable }}
  labelSelector:
    matchLabels:
      {{- include "remote-commands.selectorLabels" $ctx | nindent 6 }}
  matchLabelKeys: [pod-template-hash]
{{- end }}
{{- end }}

{{/* A property name in its environment-variable form, as Quarkus maps it: commands.default-ttl -> COMMANDS_DEFAULT_TTL. */}}
{{- define "remote-commands.envName" -}}
{{- regexReplaceAll "[^A-Za-z0-9]" . "_" | upper -}}
{{- end }}

{{/* A config value as text; whole numbers without Helm's float64 exponent (1000000, not 1e+06). */}}
{{- define "remote-commands.configValue" -}}
{{- if and (kindIs "float64" .) (eq . (float64 (int64 .))) -}}
{{- int64 . -}}
{{- else -}}
{{- toString . -}}
{{- end -}}
{{- end }}

{{/*
The name of the Secret behind secrets.<secret>: (dict "root" $ "secret" <key under .Values.secrets>). Required, with
a message that says what the Secret must hold.
*/}}
{{- define "remote-commands.secretName" -}}
{{- $what := index (include "remote-commands.secretDescriptions" . | fromYaml) .secret -}}
{{- $message := printf "secrets.%s.existingSecret is required: the name of an existing Secret that holds %s (see deploy/README.md, \"Secrets\")" .secret $what -}}
{{- required $message (index .root.Values.secrets .secret).existingSecret -}}
{{- end }}

{{/* One env entry from a Secret: (dict "root" $ "env" NAME "secret" <key under .Values.secrets> "field" <the field of
secrets.<secret> that names the key inside the Secret>). */}}
{{- define "remote-commands.secretEnvVar" -}}
- name: {{ .env }}
  valueFrom:
    secretKeyRef:
      name: {{ include "remote-commands.secretName" . }}
      key: {{ index (index .root.Values.secrets .secret) .field }}
{{- end }}

{{/* What each secret reference must point at, for the messages of a missing one. */}}
{{- define "remote-commands.secretDescriptions" -}}
commandSigningKey: command-service's Ed25519 key pair (base64 PKCS#8 private key, base64 X.509 public key)
remoteSessionKey: the RSA key pair of remote sessions (base64 PKCS#8 private key, base64 X.509 public key)
otpHmacSecret: otp-service's HMAC key for one-time codes (at least 32 characters)
safetyCodeHmacSecret: enrollment-service's HMAC key for safety codes
smsProvider: the SMS provider's account SID and auth token
enrollmentDatabase: enrollment-service's database username and password
otpDatabase: otp-service's database username and password
commandDatabase: command-service's database username and password
bridgeDatabase: vehicle-bridge's database username and password
keycloakDatabase: Keycloak's database username and password
{{- end }}

{{/* The service's env entries from Secrets: its own secrets, its database credentials, the SMS provider's. */}}
{{- define "remote-commands.secretEnv" -}}
{{- $ctx := . -}}
{{- range .t.secrets }}
{{ include "remote-commands.secretEnvVar" (dict "root" $ctx.root "env" .env "secret" .secret "field" .field) }}
{{- end }}
{{- with .t.database }}
{{ include "remote-commands.secretEnvVar" (dict "root" $ctx.root "env" .usernameEnv "secret" .secret "field" "usernameKey") }}
{{ include "remote-commands.secretEnvVar" (dict "root" $ctx.root "env" .passwordEnv "secret" .secret "field" "passwordKey") }}
{{- end }}
{{- if and (has "sms" .t.uses) (eq .svc.sms.provider "http") }}
{{ include "remote-commands.secretEnvVar" (dict "root" $ctx.root "env" "OTP_SMS_HTTP_ACCOUNT_SID" "secret" "smsProvider" "field" "accountSidKey") }}
{{ include "remote-commands.secretEnvVar" (dict "root" $ctx.root "env" "OTP_SMS_HTTP_AUTH_TOKEN" "secret" "smsProvider" "field" "authTokenKey") }}
{{- end }}
{{- end }}
