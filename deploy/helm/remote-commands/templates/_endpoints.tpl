{{/*
Where the infrastructure is: the in-cluster one when it is enabled, otherwise the endpoint the operator set
(required then, with a message that says how). Each takes the root context.
*/}}

{{- define "remote-commands.kafkaClusterName" -}}
{{- include "remote-commands.fullname" (dict "root" . "name" "kafka") -}}
{{- end }}

{{- define "remote-commands.postgresqlClusterName" -}}
{{- include "remote-commands.fullname" (dict "root" . "name" "postgresql") -}}
{{- end }}

{{- define "remote-commands.mqttBrokerName" -}}
{{- include "remote-commands.fullname" (dict "root" . "name" "mqtt-broker") -}}
{{- end }}

{{- define "remote-commands.keycloakName" -}}
{{- include "remote-commands.fullname" (dict "root" . "name" "keycloak") -}}
{{- end }}

{{- define "remote-commands.kafkaBootstrapServers" -}}
{{- if .Values.infrastructure.strimzi.enabled -}}
{{- printf "%s-kafka-bootstrap:9092" (include "remote-commands.kafkaClusterName" .) -}}
{{- else -}}
{{- required "kafka.bootstrapServers is required (host:port[,host:port] of your Kafka), or set infrastructure.strimzi.enabled=true" .Values.kafka.bootstrapServers -}}
{{- end -}}
{{- end }}

{{- define "remote-commands.postgresqlHost" -}}
{{- if .Values.infrastructure.cloudnativepg.enabled -}}
{{- printf "%s-rw" (include "remote-commands.postgresqlClusterName" .) -}}
{{- else -}}
{{- required "postgresql.host is required (the PostgreSQL server of the services' databases), or set infrastructure.cloudnativepg.enabled=true" .Values.postgresql.host -}}
{{- end -}}
{{- end }}

{{/* host:port/database[?parameters] of one service's database. Takes (dict "root" $ "name" service). */}}
{{- define "remote-commands.databaseAddress" -}}
{{- $pg := .root.Values.postgresql -}}
{{- $address := printf "%s:%v/%s" (include "remote-commands.postgresqlHost" .root) $pg.port (index $pg.databases .name) -}}
{{- if $pg.urlParameters -}}
{{- $address = printf "%s?%s" $address $pg.urlParameters -}}
{{- end -}}
{{- $address -}}
{{- end }}

{{- define "remote-commands.mqttHost" -}}
{{- if .Values.infrastructure.mqttBroker.enabled -}}
{{- include "remote-commands.mqttBrokerName" . -}}
{{- else -}}
{{- required "mqtt.host is required (the MQTT broker the cars connect to), or set infrastructure.mqttBroker.enabled=true" .Values.mqtt.host -}}
{{- end -}}
{{- end }}

{{- define "remote-commands.oidcAuthServerUrl" -}}
{{- if .Values.infrastructure.keycloak.enabled -}}
{{- printf "http://%s-service:8080/realms/remote-commands" (include "remote-commands.keycloakName" .) -}}
{{- else -}}
{{- required "oidc.authServerUrl is required (the URL of the remote-commands realm of your OIDC provider), or set infrastructure.keycloak.enabled=true" .Values.oidc.authServerUrl -}}
{{- end -}}
{{- end }}

{{/*
Egress rules towards one kind of infrastructure: (dict "root" $ "use" kafka|postgresql|mqtt|oidc|sms). The in-cluster
one, when enabled, is reached on its own pods and port; networkPolicy.egress.<use> adds the operator's destinations
(an empty "to" there allows any address on its ports).
*/}}
{{- define "remote-commands.egressRules" -}}
{{- $root := .root -}}
{{- $infra := $root.Values.infrastructure -}}
{{- $inCluster := dict
  "kafka" (list $infra.strimzi.enabled (dict "strimzi.io/cluster" (include "remote-commands.kafkaClusterName" $root) "strimzi.io/kind" "Kafka") 9092)
  "postgresql" (list $infra.cloudnativepg.enabled (dict "cnpg.io/cluster" (include "remote-commands.postgresqlClusterName" $root)) 5432)
  "mqtt" (list $infra.mqttBroker.enabled (dict "app.kubernetes.io/name" "mqtt-broker" "app.kubernetes.io/instance" $root.Release.Name) 1883)
  "oidc" (list $infra.keycloak.enabled (dict "app" "keycloak" "app.kubernetes.io/instance" (include "remote-commands.keycloakName" $root)) 8080) -}}
{{- $own := index $inCluster .use -}}
{{- if and $own (index $own 0) }}
- to:
    - podSelector:
        matchLabels:
          {{- toYaml (index $own 1) | nindent 10 }}
  ports:
    - port: {{ index $own 2 }}
      protocol: TCP
{{- else }}
{{- $egress := index $root.Values.networkPolicy.egress .use }}
- ports:
    {{- range $egress.ports }}
    - port: {{ . }}
      protocol: TCP
    {{- end }}
  {{- with $egress.to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
{{- end }}
