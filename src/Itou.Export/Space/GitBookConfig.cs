using Itou.Export.Publishing;
using YamlDotNet.RepresentationModel;

namespace Itou.Export.Space;

/// <summary>
/// What <c>.gitbook.yaml</c> says: where the content is (<see cref="Root"/>, relative to the space
/// folder), which files are the readme and the summary (relative to the root), and old paths that
/// redirect to pages. GitBook's defaults apply to anything absent.
/// </summary>
public sealed record GitBookConfig
{
    /// <summary>The file name GitBook reads its configuration from.</summary>
    public const string FileName = ".gitbook.yaml";

    /// <summary>Content folder relative to the space folder (default <c>./</c>).</summary>
    public string Root { get; init; } = "./";
    /// <summary>The space's first page, relative to the root (default <c>README.md</c>); also the file a folder link means.</summary>
    public string Readme { get; init; } = "README.md";
    /// <summary>The table of contents file, relative to the root (default <c>SUMMARY.md</c>).</summary>
    public string Summary { get; init; } = "SUMMARY.md";
    /// <summary>Old path (as written, no leading slash) → page path relative to the root.</summary>
    public IReadOnlyDictionary<string, string> Redirects { get; init; } = new Dictionary<string, string>();

    /// <summary>GitBook's defaults, used when there is no .gitbook.yaml.</summary>
    public static GitBookConfig Default { get; } = new();

    /// <summary>Reads the text of a .gitbook.yaml; invalid YAML gives a diagnostic and the defaults.</summary>
    public static GitBookConfig Parse(string yaml, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var mapping = YamlText.ReadMapping(yaml, FileName, 1, DiagnosticCodes.SpaceConfig, diagnostics);
        if (mapping is null)
            return Default;
        var structure = YamlText.Child(mapping, "structure") as YamlMappingNode;
        return new GitBookConfig
        {
            Root = YamlText.Scalar(mapping, "root") ?? Default.Root,
            Readme = (structure is null ? null : YamlText.Scalar(structure, "readme")) ?? Default.Readme,
            Summary = (structure is null ? null : YamlText.Scalar(structure, "summary")) ?? Default.Summary,
            Redirects = YamlText.Child(mapping, "redirects") is YamlMappingNode redirects
                ? RedirectTable(redirects)
                : Default.Redirects,
        };
    }

    private static Dictionary<string, string> RedirectTable(YamlMappingNode redirects) =>
        YamlText.Flatten(redirects).ToDictionary(
            pair => pair.Key.TrimStart('/'),
            pair => SpacePaths.Normalize(pair.Value) ?? pair.Value,
            StringComparer.Ordinal);
}
