using Itou.Export.Highlighting;
using Itou.Export.Markdown.Code;
using Itou.Export.Pdf.Blocks;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// <c>{% code title lineNumbers %}</c> or <c>&lt;pre data-title&gt;</c>: the code box with its title bar and
/// numbers. Whatever else the tag holds (text around the fence, or no fence at all) is printed as written.
/// </summary>
internal sealed class CodeRenderer : MarkdownObjectRenderer<PdfRenderer, GitBookCodeBlock>
{
    protected override void Write(PdfRenderer renderer, GitBookCodeBlock obj)
    {
        var code = obj.Code;
        foreach (var block in obj)
        {
            if (block != code)
            {
                renderer.Write(block);
                continue;
            }
            renderer.Add(CodeBox.Create(renderer, CodeHighlights.Of(code), obj.Title, obj.LineNumbers));
            renderer.Ledger.Written(code);
        }
    }
}
