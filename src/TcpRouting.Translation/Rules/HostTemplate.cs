using System.Text;
using System.Text.RegularExpressions;

namespace TcpRouting.Translation.Rules;

/// <summary>
/// The v2 HostSNIRegexp template: literal text with {name} or {name:pattern} placeholders ({name} is one label,
/// [^.]+), matched against the whole server name and ignoring case, as Traefik's preparePattern builds it from
/// gorilla/mux host templates. A placeholder needs a name and, after a colon, a pattern (`{subdomain:}` is refused).
/// </summary>
internal static class HostTemplate
{
    public static string ToRegex(string template, int position)
    {
        var pattern = new StringBuilder("(?i)^");
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] == '}')
            {
                throw new RuleParseException(position, $"HostSNIRegexp template `{template}` has an unbalanced '}}'");
            }

            if (template[i] != '{')
            {
                pattern.Append(Regex.Escape(template[i].ToString()));
                i++;
                continue;
            }

            var depth = 0;
            var end = i;
            for (; end < template.Length; end++)
            {
                depth += template[end] switch { '{' => 1, '}' => -1, _ => 0 };
                if (depth == 0)
                {
                    break;
                }
            }

            if (end >= template.Length)
            {
                throw new RuleParseException(position, $"HostSNIRegexp template `{template}` has an unclosed '{{'");
            }

            var placeholder = template[(i + 1)..end];
            var colon = placeholder.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? placeholder : placeholder[..colon];
            if (name.Length == 0)
            {
                throw new RuleParseException(position, $"HostSNIRegexp template `{template}` has a placeholder without a name");
            }

            if (colon >= 0 && colon == placeholder.Length - 1)
            {
                throw new RuleParseException(position, $"HostSNIRegexp template `{template}` has a placeholder {{{name}:}} with an empty pattern");
            }

            pattern.Append("(?:").Append(colon < 0 ? "[^.]+" : GoRegex.ToDotNet(placeholder[(colon + 1)..])).Append(')');
            i = end + 1;
        }

        return pattern.Append('$').ToString();
    }
}
