using Itou.Export.Markdown.Includes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown;

/// <summary>
/// The last pass: turns every node's <c>Line</c> from the prepared text's numbering (tags split onto
/// lines of their own) back to the page as written, so that writers and link checks report the
/// file's lines. Included content already carries its own file's lines and is left alone.
/// </summary>
internal static class SourceLines
{
    public static void Remap(ContainerBlock container, PageState page)
    {
        foreach (var block in container)
        {
            block.Line = SourceLine(block.Line, page);
            if (block is LeafBlock { Inline: { } inlines })
            {
                foreach (var inline in inlines.Descendants<Inline>())
                    inline.Line = SourceLine(inline.Line, page);
            }
            if (block is ContainerBlock children and not IncludeBlock)
                Remap(children, page);
        }
    }

    // Markdig lines are 0-based, the map gives 1-based source lines.
    private static int SourceLine(int preparedLine, PageState page) => Math.Max(0, page.SourceLine(preparedLine) - 1);
}
