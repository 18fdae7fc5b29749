using Itou.Export.Docx.Blocks;
using Itou.Export.Docx.Inlines;
using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Tables;
using Itou.Export.Rendering;
using Markdig.Extensions.Tables;

namespace Itou.Export.Docx.GitBook;

/// <summary>
/// <c>&lt;table data-view="cards"&gt;</c> as GitBook shows it: cards side by side (<see cref="CardGrid"/>),
/// one "Card" table cell each, holding its cover picture, its cells (the first as the title) and a
/// link to the card's target. The header row, which GitBook does not show, is not written.
/// </summary>
internal sealed class CardTableRenderer : DocxObjectRenderer<CardTable>
{
    protected override void Write(DocxRenderer renderer, CardTable obj)
    {
        var cards = obj.OfType<CardRow>().ToList();
        var columns = CardGrid.PerRow(cards.Count);
        var table = TableWriter.Begin(renderer, StyleIds.Card, columns);
        foreach (var cardsOfRow in CardGrid.Rows(cards))
        {
            var row = TableWriter.AddRow(table, isHeader: false);
            foreach (var card in cardsOfRow)
                TableWriter.AddCell(renderer, row, columns, 1, null, () => Card(renderer, card));
            TableWriter.Pad(renderer, row, columns, cardsOfRow.Length);
        }
        renderer.State.Ledger.Written(obj);
    }

    // A cover has no alt text of its own: the card's title says what it shows to a screen reader.
    private static string CoverDescription(CardRow card) =>
        card.OfType<TableCell>().FirstOrDefault() is { } title ? Markdown.BlockTree.PlainText(title) : "";

    private static void Card(DocxRenderer renderer, CardRow card)
    {
        if (card.Cover is { } cover)
            renderer.WriteParagraph(null, () => ImageWriter.Write(renderer, cover, CoverDescription(card), card));
        var first = true;
        foreach (var cell in card.OfType<TableCell>())
        {
            // The first cell is the card's title, as GitBook sets it.
            renderer.WithScope(renderer.Scope with { ParagraphStyle = first ? StyleIds.CardTitle : StyleIds.CardText }, () => renderer.WriteChildren(cell));
            first = false;
        }
        if (card.Target is { } url)
        {
            var target = renderer.Page.ResolveLink(url, card.Line + 1);
            renderer.WriteParagraph(StyleIds.CardText, () => HyperlinkWriter.Write(renderer, target, () => renderer.WriteText("→ " + (target.Title ?? url))));
        }
    }
}
