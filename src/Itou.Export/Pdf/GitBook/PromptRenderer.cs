using Itou.Export.Markdown.Prompts;
using Itou.Export.Pdf.Layout;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary><c>{% prompt %}</c>: its description in bold above its body.</summary>
internal sealed class PromptRenderer : MarkdownObjectRenderer<PdfRenderer, PromptBlock>
{
    protected override void Write(PdfRenderer renderer, PromptBlock obj)
    {
        var column = new Column(4);
        if (!string.IsNullOrWhiteSpace(obj.Description))
            column.Add(new KeepWithNext(new TextBlock(obj.Description, renderer.BodyStyle with { Bold = true })));
        column.Add(renderer.BlocksOf(obj));
        renderer.Add(column);
    }
}
