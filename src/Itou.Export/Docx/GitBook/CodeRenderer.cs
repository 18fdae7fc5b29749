using Itou.Export.Docx.Blocks;
using Itou.Export.Markdown.Code;

namespace Itou.Export.Docx.GitBook;

/// <summary><c>{% code title lineNumbers %}</c>: the fenced code under its title, numbered when asked.</summary>
internal sealed class CodeRenderer : DocxObjectRenderer<GitBookCodeBlock>
{
    protected override void Write(DocxRenderer renderer, GitBookCodeBlock obj)
    {
        if (obj.Code is not { } code)
        {
            renderer.WriteChildren(obj);
            return;
        }
        CodeBlockRenderer.WriteCode(renderer, obj.Title, CodeBlockRenderer.LinesOf(code), obj.LineNumbers);
        renderer.State.Ledger.Written(code);
    }
}
