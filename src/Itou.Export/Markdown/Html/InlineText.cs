using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Html;

/// <summary>The printable text of an inline and everything under it (no recursion).</summary>
internal static class InlineText
{
    public static string Of(Inline inline)
    {
        var text = new System.Text.StringBuilder();
        var stack = new Stack<Inline>();
        stack.Push(inline);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case LineBreakInline: text.Append(' '); break;
                case ContainerInline container:
                    foreach (var child in container.Reverse()) stack.Push(child);
                    break;
            }
        }
        return text.ToString();
    }
}
