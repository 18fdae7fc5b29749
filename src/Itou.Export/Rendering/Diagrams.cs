using Itou.Export.Markdown.Diagrams;

namespace Itou.Export.Rendering;

/// <summary>
/// What both writers do with a diagram until they draw one: its source lines as code under the
/// localized "Diagram (mermaid)" label, and an information diagnostic saying it was not drawn.
/// </summary>
internal static class Diagrams
{
    public static string NotDrawnMessage(DiagramBlock diagram) =>
        $"{diagram.Language} diagram printed as its source: diagrams are not drawn yet";

    /// <summary>The source's lines, without carriage returns.</summary>
    public static IReadOnlyList<string> SourceLines(DiagramBlock diagram) => [.. diagram.Source.Split('\n').Select(line => line.TrimEnd('\r'))];
}
