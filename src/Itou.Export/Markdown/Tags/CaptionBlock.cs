using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Tags;

/// <summary>
/// Puts a <c>caption="…"</c> attribute into a block as a paragraph child, so that a caption always
/// reaches writers the same way (as children), whether it came from the attribute or from a body.
/// </summary>
internal static class CaptionBlock
{
    public static T WithCaption<T>(T block, string? caption) where T : ContainerBlock
    {
        if (string.IsNullOrWhiteSpace(caption)) return block;
        var paragraph = new ParagraphBlock { Inline = new ContainerInline(), ProcessInlines = false };
        paragraph.Inline.AppendChild(new LiteralInline(caption.Trim()));
        block.Add(paragraph);
        return block;
    }
}
