using Itou.Export.Docx.Blocks;
using Itou.Export.Highlighting;
using Itou.Export.Markdown.Code;

namespace Itou.Export.Docx.GitBook;

/// <summary>
/// <c>{% code title lineNumbers %}</c>: the fenced code under its title, numbered when asked. Whatever else
/// the tag holds (text around the fence, or no fence at all) is written as it stands.
/// </summary>
internal sealed class CodeRenderer : DocxObjectRenderer<GitBookCodeBlock>
{
    protected override void Write(DocxRenderer renderer, GitBookCodeBlock obj)
    {
        var code = obj.Code;
        foreach (var block in obj)
        {
            if (block != code)
            {
                renderer.Write(block);
                continue;
            }
            CodeBlockRenderer.WriteCode(renderer, obj.Title, CodeHighlights.Of(code), obj.LineNumbers);
            renderer.State.Ledger.Written(code);
        }
    }
}
