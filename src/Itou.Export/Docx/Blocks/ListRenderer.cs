using Markdig.Syntax;

namespace Itou.Export.Docx.Blocks;

/// <summary>A list: its own numbering instance (numbers restart per list), one level deeper than its parent.</summary>
internal sealed class ListRenderer : DocxObjectRenderer<ListBlock>
{
    private const int DeepestWordLevel = 8;

    protected override void Write(DocxRenderer renderer, ListBlock obj)
    {
        var level = Math.Min(renderer.Scope.ListLevel + 1, DeepestWordLevel);
        var start = obj.IsOrdered && int.TryParse(obj.OrderedStart, out var value) ? value : 1;
        var numId = renderer.State.Numbering.NewList(obj.IsOrdered, start, level);
        renderer.WithScope(renderer.Scope with { ListLevel = level, ListNumId = numId, ListOrdered = obj.IsOrdered, ParagraphStyle = null },
            () => renderer.WriteChildren(obj));
    }
}
