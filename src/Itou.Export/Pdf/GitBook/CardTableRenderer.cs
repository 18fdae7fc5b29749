using Itou.Export.Markdown.Tables;
using Itou.Export.Pdf.Inlines;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Itou.Export.Rendering;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// <c>&lt;table data-view="cards"&gt;</c> as GitBook shows it: cards side by side (<see cref="CardGrid"/>),
/// each a shaded box with its cover picture, its cells (title, text) and, clickable as a whole, the
/// card's target. The header row, which GitBook does not show, is not printed.
/// </summary>
internal sealed class CardTableRenderer : MarkdownObjectRenderer<PdfRenderer, CardTable>
{
    private const float Gap = 8;

    protected override void Write(PdfRenderer renderer, CardTable obj)
    {
        var cards = obj.OfType<CardRow>().ToList();
        var grid = new Column(Gap);
        foreach (var row in CardGrid.Rows(cards))
        {
            var line = new Row(Gap);
            foreach (var card in row)
                line.AddRelative(1, Card(renderer, card));
            for (var empty = row.Length; empty < CardGrid.PerRow(cards.Count); empty++)
                line.AddRelative(1, new Spacer(0));
            grid.Add(new KeepTogether(line));
        }
        renderer.Add(grid);
        renderer.Ledger.Written(obj);
    }

    private static Element Card(PdfRenderer renderer, CardRow card)
    {
        var content = new Column(4);
        if (card.Cover is { } cover && renderer.Images.Load(cover, renderer.Page, card.Line + 1) is { } picture)
        {
            content.Add(new Image(picture, null, TextAlignment.Center));
            renderer.Ledger.Written(card);
        }
        var small = renderer.BodyStyle with { Size = renderer.BodyStyle.Size * 0.92f };
        var first = true;
        foreach (var cell in card.OfType<TableCell>())
        {
            // The first cell is the card's title, as GitBook sets it.
            var style = first ? small with { Bold = true } : small;
            renderer.WithBody(style, TextAlignment.Left, () => content.Add(renderer.BlocksOf(cell, 3)));
            first = false;
        }
        LinkTarget? link = null;
        if (card.Target is { } target)
        {
            var resolved = renderer.Publication.Links.Resolve(target, renderer.Page, card.Line + 1);
            link = LinkRenderer.Target(resolved);
            content.Add(GitBook.Card.Detail(renderer, "→ " + (resolved.Page?.Title ?? target)));
        }
        return GitBook.Card.Frame(renderer, content, link);
    }
}
