using System.Text.Json.Serialization;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>metav1.ConditionStatus.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConditionStatusValue>))]
internal enum ConditionStatusValue
{
    True,
    False,
    Unknown,
}
