using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Docx.Blocks;

/// <summary>
/// Blocks that show nothing where they stand: blank lines, link definitions and front matter
/// (the PDF's <c>SilentBlockRenderer</c> takes the same).
/// </summary>
internal sealed class SilentBlockRenderer : IMarkdownObjectRenderer
{
    private static readonly Type[] Skipped =
    [
        typeof(BlankLineBlock), typeof(LinkReferenceDefinitionGroup), typeof(LinkReferenceDefinition),
        typeof(YamlFrontMatterBlock),
    ];

    public bool Accept(RendererBase renderer, Type objectType) => Skipped.Any(t => t.IsAssignableFrom(objectType));

    public void Write(RendererBase renderer, MarkdownObject objectToRender)
    {
    }
}
