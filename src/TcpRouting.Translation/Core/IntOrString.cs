using System.Globalization;
using System.Text.Json.Serialization;

namespace TcpRouting.Translation.Core;

/// <summary>Kubernetes intstr.IntOrString: a port given as a number (5432) or a name ("postgres").</summary>
[JsonConverter(typeof(IntOrStringJsonConverter))]
public readonly record struct IntOrString
{
    private readonly string? _text;

    public IntOrString(int value)
    {
        IsInt = true;
        IntValue = value;
        _text = null;
    }

    public IntOrString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        IsInt = false;
        IntValue = 0;
        _text = value;
    }

    public bool IsInt { get; }

    public int IntValue { get; }

    public string StringValue => _text ?? string.Empty;

    public static implicit operator IntOrString(int value) => new(value);

    public static implicit operator IntOrString(string value) => new(value);

    public static IntOrString FromInt32(int value) => new(value);

    public override string ToString() => IsInt ? IntValue.ToString(CultureInfo.InvariantCulture) : StringValue;
}
