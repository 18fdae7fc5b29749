using Markdig.Syntax;

namespace Itou.Export.Docx.Blocks;

/// <summary>A list: its own numbering instance (numbers restart per list), one level deeper than its parent.</summary>
internal sealed class ListRenderer : DocxObjectRenderer<ListBlock>
{
    protected override void Write(DocxRenderer renderer, ListBlock obj)
    {
        var scope = renderer.Scope with { ListDepth = renderer.Scope.ListDepth + 1, ListOrdered = obj.IsOrdered, ParagraphStyle = null };
        var start = obj.IsOrdered && int.TryParse(obj.OrderedStart, out var value) ? value : 1;
        scope = scope with { ListNumId = renderer.State.Numbering.NewList(obj.IsOrdered, start, scope.ListLevel) };
        renderer.WithScope(scope, () => renderer.WriteChildren(obj));
    }
}
