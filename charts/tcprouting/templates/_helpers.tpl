{{/* The chart's name, truncated to the 63 characters a label value allows. */}}
{{- define "tcprouting.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* The release's object name: the release name, prefixed with the chart name unless it already holds it. */}}
{{- define "tcprouting.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "tcprouting.namespace" -}}
{{- default .Release.Namespace .Values.namespaceOverride -}}
{{- end -}}

{{/* The helpers the app chart's customResources examples use, so those values render here as written. */}}
{{- define "app.name" -}}
{{- include "tcprouting.fullname" . -}}
{{- end -}}

{{- define "app.namespace" -}}
{{- include "tcprouting.namespace" . -}}
{{- end -}}

{{- define "tcprouting.selectorLabels" -}}
app.kubernetes.io/name: {{ include "tcprouting.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "tcprouting.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "tcprouting.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "tcprouting.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "tcprouting.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "tcprouting.image" -}}
{{- $repository := .Values.image.repository -}}
{{- if .Values.image.registry -}}{{- $repository = printf "%s/%s" .Values.image.registry $repository -}}{{- end -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" $repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" $repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}
{{- end -}}

{{/* The lowest container port the entry points listen on (decides NET_BIND_SERVICE). */}}
{{- define "tcprouting.lowestPort" -}}
{{- $lowest := 65535 -}}
{{- range $name, $ep := .Values.entryPoints -}}
{{- if lt (int $ep.port) $lowest -}}{{- $lowest = int $ep.port -}}{{- end -}}
{{- end -}}
{{- $lowest -}}
{{- end -}}
