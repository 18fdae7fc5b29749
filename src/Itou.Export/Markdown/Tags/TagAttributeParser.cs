using System.Text;

namespace Itou.Export.Markdown.Tags;

/// <summary>
/// Reads the inside of <c>{% name a="x" b='y' c=z "positional" %}</c>: the name, then attributes.
/// Quoted values keep everything but their escaped quotes (<c>\"</c> → <c>"</c>); unquoted values end at a
/// space; values without a name get keys <c>0</c>, <c>1</c>… in order.
/// </summary>
internal static class TagAttributeParser
{
    public static (string Name, Dictionary<string, string> Attributes) Parse(string inside)
    {
        var pos = 0;
        SkipSpace(inside, ref pos);
        var nameStart = pos;
        while (pos < inside.Length && !char.IsWhiteSpace(inside[pos])) pos++;
        var name = inside[nameStart..pos].ToLowerInvariant();
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = 0;
        while (true)
        {
            SkipSpace(inside, ref pos);
            if (pos >= inside.Length) break;
            if (inside[pos] is '"' or '\'')
            {
                attributes[(positional++).ToString(System.Globalization.CultureInfo.InvariantCulture)] = ReadQuoted(inside, ref pos);
                continue;
            }
            var keyStart = pos;
            while (pos < inside.Length && !char.IsWhiteSpace(inside[pos]) && inside[pos] != '=') pos++;
            var key = inside[keyStart..pos];
            SkipSpace(inside, ref pos);
            if (pos < inside.Length && inside[pos] == '=')
            {
                pos++;
                SkipSpace(inside, ref pos);
                attributes[key] = pos < inside.Length && inside[pos] is '"' or '\'' ? ReadQuoted(inside, ref pos) : ReadBare(inside, ref pos);
            }
            else if (key.Length > 0)
            {
                // A bare word is a flag (GitBook writes `grouped` or `fullWidth` alone at times).
                attributes[key] = "true";
            }
            else
            {
                pos++;
            }
        }
        return (name, attributes);
    }

    private static void SkipSpace(string s, ref int pos)
    {
        while (pos < s.Length && char.IsWhiteSpace(s[pos])) pos++;
    }

    private static string ReadBare(string s, ref int pos)
    {
        var start = pos;
        while (pos < s.Length && !char.IsWhiteSpace(s[pos])) pos++;
        return s[start..pos];
    }

    private static string ReadQuoted(string s, ref int pos)
    {
        var quote = s[pos++];
        var value = new StringBuilder();
        while (pos < s.Length && s[pos] != quote)
        {
            if (s[pos] == '\\' && pos + 1 < s.Length && (s[pos + 1] == quote || s[pos + 1] is '"' or '\'' or '\\'))
                pos++;
            value.Append(s[pos++]);
        }
        pos++;
        return value.ToString();
    }
}
