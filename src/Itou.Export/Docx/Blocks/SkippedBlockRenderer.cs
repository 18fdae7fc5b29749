using Markdig.Extensions.Abbreviations;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Docx.Blocks;

/// <summary>
/// Blocks that show nothing where they stand: blank lines, link definitions, front matter and
/// abbreviation definitions.
/// </summary>
internal sealed class SkippedBlockRenderer : IMarkdownObjectRenderer
{
    private static readonly Type[] Skipped =
    [
        typeof(BlankLineBlock), typeof(LinkReferenceDefinitionGroup), typeof(LinkReferenceDefinition),
        typeof(YamlFrontMatterBlock), typeof(Abbreviation),
    ];

    public bool Accept(RendererBase renderer, Type objectType) => Skipped.Any(t => t.IsAssignableFrom(objectType));

    public void Write(RendererBase renderer, MarkdownObject objectToRender)
    {
    }
}
