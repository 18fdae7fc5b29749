using Itou.Export.Publishing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Itou.Export.Space;

/// <summary>Reads the small YAML files of a space (config, vars, front matter) as mappings, reporting bad YAML.</summary>
internal static class YamlText
{
    /// <summary>
    /// Parses <paramref name="text"/> as one YAML mapping; null (and a diagnostic) when it is not valid
    /// YAML or not a mapping; an empty mapping for empty text. <paramref name="firstLine"/> is the file
    /// line of the text's first line, so diagnostics point into the file.
    /// </summary>
    public static YamlMappingNode? ReadMapping(string text, string file, int firstLine, string code, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // YamlDotNet throws more than YamlException on some broken input: any failure is bad YAML here.
            var line = e is YamlException yaml ? firstLine + (int)yaml.Start.Line - 1 : firstLine;
            diagnostics.Report(code, file, line, "Invalid YAML, ignored: " + e.Message);
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return [];
        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
            return mapping;
        diagnostics.Report(code, file, firstLine, "Expected a YAML mapping (key: value lines), ignored.");
        return null;
    }

    /// <summary>The scalar value under <paramref name="key"/>, or null.</summary>
    public static string? Scalar(YamlMappingNode mapping, string key) =>
        Child(mapping, key) is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>The node under <paramref name="key"/>, or null.</summary>
    public static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    /// <summary>
    /// Every scalar of a mapping, nested keys joined with dots (<c>layout.title.visible</c>), in
    /// document order; sequences become comma-separated values.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Flatten(YamlMappingNode mapping, string prefix = "")
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        AddFlattened(values, mapping, prefix);
        return values;
    }

    private static void AddFlattened(Dictionary<string, string> values, YamlMappingNode mapping, string prefix)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = prefix + ((keyNode as YamlScalarNode)?.Value ?? "");
            switch (value)
            {
                case YamlMappingNode child:
                    AddFlattened(values, child, key + ".");
                    break;
                case YamlSequenceNode sequence:
                    values[key] = string.Join(", ", Strings(sequence));
                    break;
                case YamlScalarNode scalar:
                    values[key] = scalar.Value ?? "";
                    break;
            }
        }
    }

    /// <summary>The scalar items of a sequence.</summary>
    public static IEnumerable<string> Strings(YamlSequenceNode sequence) =>
        sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "");
}
