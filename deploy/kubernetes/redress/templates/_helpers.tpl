{{/*
Labels of every object of the release.
*/}}
{{- define "redress.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/part-of: redress
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}

{{/*
Selector labels of a service's pods. Call with (dict "root" $ "name" "cases-service").
*/}}
{{- define "redress.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{/*
All labels of a service's objects. Call with (dict "root" $ "name" "cases-service").
*/}}
{{- define "redress.serviceLabels" -}}
{{ include "redress.labels" .root }}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/component: service
{{- end }}

{{/*
Selector of the three services' pods (the NetworkPolicies' default deny).
*/}}
{{- define "redress.allServicesSelector" -}}
app.kubernetes.io/part-of: redress
app.kubernetes.io/component: service
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Name of the CloudNativePG Cluster of a service. Call with the service's name.
The operator names the Secret "<cluster>-app" and the primary's Service "<cluster>-rw".
*/}}
{{- define "redress.dbCluster" -}}
{{ printf "redress-%s-db" (trimSuffix "-service" .) }}
{{- end }}

{{/*
Public base URL of a service: https://<host> (http:// when app.https is false).
Call with (dict "root" $ "host" "cases.example.org").
*/}}
{{- define "redress.publicUrl" -}}
{{ ternary "https" "http" .root.Values.app.https }}://{{ .host }}
{{- end }}

{{/*
The realm URL the services log in with.
*/}}
{{- define "redress.oidcUrl" -}}
{{ include "redress.publicUrl" (dict "root" . "host" .Values.hosts.login) }}/realms/redress
{{- end }}

{{/*
The public host of a service. Call with (dict "root" $ "name" "cases-service").
*/}}
{{- define "redress.host" -}}
{{ index .root.Values.hosts (trimSuffix "-service" .name) }}
{{- end }}

{{/*
Container image of a service. Call with (dict "root" $ "name" "cases-service").
*/}}
{{- define "redress.image" -}}
{{ printf "%s/redress/%s:%s" .root.Values.image.registry .name (.root.Values.image.tag | default .root.Chart.AppVersion) }}
{{- end }}

{{/*
Pod labels of the broker (set by the ArtemisCloud operator).
*/}}
{{- define "redress.brokerPodLabels" -}}
application: {{ .Values.broker.name }}-app
{{- end }}

{{/*
The items of the login theme's ConfigMap volume (keycloak-theme.yaml): each file back at its path
under themes/redress, e.g. key redress.css -> login/resources/css/redress.css.
*/}}
{{- define "redress.keycloakThemeItems" -}}
{{- range $path, $_ := .Files.Glob "files/keycloak-themes/redress/**" }}
- key: {{ base $path }}
  path: {{ trimPrefix "files/keycloak-themes/redress/" $path }}
{{- end }}
{{- end }}

{{/*
A checksum of the login theme: changes when any of its files does.
*/}}
{{- define "redress.keycloakThemeChecksum" -}}
{{- $all := "" }}
{{- range $path, $content := .Files.Glob "files/keycloak-themes/redress/**" }}
{{- $all = printf "%s\n%s\n%s" $all $path (toString $content) }}
{{- end }}
{{- sha256sum $all }}
{{- end }}
