using System.Globalization;
using System.Text;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Robustness;

/// <summary>
/// One generated (or hand-written) space: its files as bytes by space-relative path. Printed as the C#
/// that rebuilds it, so that a failing random case can be pasted into <see cref="RegressionTests"/>.
/// </summary>
internal sealed record SpaceCase(IReadOnlyList<(string Path, byte[] Bytes)> Files)
{
    /// <summary>A case from text files.</summary>
    public static SpaceCase OfText(params (string Path, string Text)[] files) =>
        new([.. files.Select(f => (f.Path, Encoding.UTF8.GetBytes(f.Text)))]);

    /// <summary>Writes the files into a new temporary space (later files of the same path win).</summary>
    public TempSpace WriteTo()
    {
        var space = new TempSpace();
        foreach (var (path, bytes) in Files)
            space.WriteBytes(path, bytes);
        return space;
    }

    /// <summary>The C# expression that rebuilds this case (text files as literals, others as byte arrays).</summary>
    public override string ToString()
    {
        var text = new StringBuilder("new SpaceCase([\n");
        foreach (var (path, bytes) in Files)
            text.Append("    (").Append(Literal(path)).Append(", ").Append(BytesExpression(bytes)).Append("),\n");
        return text.Append("])").ToString();
    }

    private static string BytesExpression(byte[] bytes)
    {
        var decoded = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes);
        return Encoding.UTF8.GetBytes(decoded).AsSpan().SequenceEqual(bytes) && !decoded.Contains('\uFFFD', StringComparison.Ordinal)
            ? $"Encoding.UTF8.GetBytes({Literal(decoded)})"
            : "[" + string.Join(", ", bytes.Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture))) + "]";
    }

    private static string Literal(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c > '\u007E' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }
}
