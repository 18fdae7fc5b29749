using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Prompts;

namespace Itou.Export.Docx.GitBook;

/// <summary>A prompt block: a card with its description as title and its body (usually code).</summary>
internal sealed class PromptRenderer : DocxObjectRenderer<PromptBlock>
{
    protected override void Write(DocxRenderer renderer, PromptBlock obj) =>
        CardWriter.Write(renderer, () =>
        {
            if (!string.IsNullOrWhiteSpace(obj.Description))
                renderer.WriteParagraph(StyleIds.CardTitle, () => renderer.WriteText(obj.Description));
            renderer.WriteChildren(obj);
        });
}
