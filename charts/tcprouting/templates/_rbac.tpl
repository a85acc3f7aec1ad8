{{/* Rules for the cluster-scoped kinds the operator reads and writes status on (always a ClusterRole). */}}
{{- define "tcprouting.clusterRules" -}}
- apiGroups: [""]
  resources: [namespaces]
  verbs: [get, list, watch]
- apiGroups: [gateway.networking.k8s.io]
  resources: [gatewayclasses]
  verbs: [get, list, watch]
- apiGroups: [gateway.networking.k8s.io]
  resources: [gatewayclasses/status]
  verbs: [patch, update]
{{- end -}}

{{/* Rules for the namespaced kinds: a ClusterRole when every namespace is watched, else a Role in each. */}}
{{- define "tcprouting.namespacedRules" -}}
- apiGroups: [""]
  resources: [services, secrets]
  verbs: [get, list, watch]
- apiGroups: [discovery.k8s.io]
  resources: [endpointslices]
  verbs: [get, list, watch]
- apiGroups: [traefik.io, traefik.containo.us]
  resources: [ingressroutetcps, middlewaretcps, tlsoptions, tlsstores, serverstransporttcps]
  verbs: [get, list, watch]
- apiGroups: [traefik.io, traefik.containo.us]
  resources: [ingressroutetcps/status, middlewaretcps/status, tlsoptions/status]
  verbs: [patch, update]
# ServersTransportTCP was born in traefik.io: no legacy CRD, so no legacy status to write.
- apiGroups: [traefik.io]
  resources: [serverstransporttcps/status]
  verbs: [patch, update]
- apiGroups: [configuration.konghq.com]
  resources: [tcpingresses]
  verbs: [get, list, watch]
- apiGroups: [configuration.konghq.com]
  resources: [tcpingresses/status]
  verbs: [patch, update]
- apiGroups: [ngrok.k8s.ngrok.com]
  resources: [agentendpoints]
  verbs: [get, list, watch]
- apiGroups: [ngrok.k8s.ngrok.com]
  resources: [agentendpoints/status]
  verbs: [patch, update]
- apiGroups: [gateway.networking.k8s.io]
  resources: [gateways, tcproutes, tlsroutes, referencegrants]
  verbs: [get, list, watch]
- apiGroups: [gateway.networking.k8s.io]
  resources: [gateways/status, tcproutes/status, tlsroutes/status]
  verbs: [patch, update]
{{ include "tcprouting.eventRules" . }}
{{- end -}}

{{/* Reporting Events: in each watched namespace, and in "default" for cluster-scoped objects. */}}
{{- define "tcprouting.eventRules" -}}
- apiGroups: ["", events.k8s.io]
  resources: [events]
  # list: a new leader reads back the Events already written, so it does not repeat them.
  verbs: [create, patch, list]
{{- end -}}

{{- define "tcprouting.rbacSubject" -}}
- kind: ServiceAccount
  name: {{ include "tcprouting.serviceAccountName" . }}
  namespace: {{ include "tcprouting.namespace" . }}
{{- end -}}
