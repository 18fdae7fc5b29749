using System.Text;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Space;

/// <summary>The visible text of inline Markdown (link text, heading text), for titles.</summary>
internal static class InlineText
{
    /// <summary>Text of the inlines, HTML tags left out, runs of white space collapsed to one space.</summary>
    public static string Of(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(text, container);
        return CollapseSpaces(text.ToString());
    }

    /// <summary>Trims and turns every run of white space into one space (<c>📈  Le pilotage</c> → <c>📈 Le pilotage</c>).</summary>
    public static string CollapseSpaces(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Append(StringBuilder text, Inline? inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                    Append(text, child);
                break;
        }
    }
}
