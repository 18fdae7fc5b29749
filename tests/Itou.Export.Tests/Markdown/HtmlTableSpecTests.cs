using Itou.Export.Markdown.Tables;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Tests.Markdown;

public sealed class HtmlTableSpecTests
{
    private const string Glossary = """
        # Les contrats

        <table>
          <thead>
            <tr>
              <th style="text-align:left">Sigles</th>
              <th style="text-align:center">D&#xE9;finitions</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td style="text-align:left"><b>CDD</b>
              </td>
              <td style="text-align:left">
                <p>Contrat &#xE0; dur&#xE9;e d&#xE9;termin&#xE9;e :</p>
                <ul>
                  <li>un</li>
                  <li>deux</li>
                </ul>
              </td>
            </tr>
            <tr>
              <td>&#x1F4C3;Motifs</td>
              <td><strong>Titre</strong><br
              />valide <a href="https://example.com">ici</a></td>
            </tr>
          </tbody>
        </table>
        """;

    [Fact]
    public void Html_table_becomes_a_markdig_table()
    {
        var parsed = new Parsed(Glossary);
        var table = parsed.Single<Table>();
        Assert.Equal([TableColumnAlign.Left, TableColumnAlign.Center], table.ColumnDefinitions.Select(c => c.Alignment));
        var rows = table.Cast<TableRow>().ToList();
        Assert.True(rows[0].IsHeader);
        Assert.Equal(["Sigles", "Définitions"], rows[0].Cast<TableCell>().Select(Parsed.Text));
        var cdd = (TableCell)rows[1][0];
        Assert.Equal("CDD", Parsed.Text(Assert.Single(parsed.All<EmphasisInline>(), e => e.DelimiterCount == 2 && Parsed.Text(e) == "CDD")));
        Assert.Equal("CDD", Parsed.Text(cdd));
        var definition = (TableCell)rows[1][1];
        Assert.IsType<ParagraphBlock>(definition[0]);
        Assert.Equal("Contrat à durée déterminée :", Parsed.Text(definition[0]));
        Assert.Equal(2, Assert.IsType<ListBlock>(definition[1]).Count);
        Assert.Equal("📃Motifs", Parsed.Text(rows[2][0]));
        var last = (TableCell)rows[2][1];
        Assert.Single(Parsed.Walk(last).OfType<LineBreakInline>());
        Assert.Equal("https://example.com", Assert.Single(Parsed.Walk(last).OfType<LinkInline>()).Url);
        Assert.Empty(parsed.All<HtmlBlock>());
    }

    [Fact]
    public void Card_view_table_takes_targets_and_covers_out_of_the_cells()
    {
        var parsed = new Parsed("""
            <table data-view="cards"><thead><tr><th></th><th data-hidden data-card-target data-type="content-ref"></th><th data-hidden data-card-cover data-type="files"></th></tr></thead><tbody><tr><td><strong>Start</strong></td><td><a href="start.md">start.md</a></td><td><a href=".gitbook/assets/cover.png">cover.png</a></td></tr></tbody></table>
            """);
        var table = parsed.Single<CardTable>();
        Assert.Single(table.ColumnDefinitions);
        var card = Assert.Single(table.OfType<CardRow>());
        Assert.Equal(("start.md", ".gitbook/assets/cover.png"), (card.Target, card.Cover));
        Assert.Equal("Start", Parsed.Text(Assert.Single(card)));
    }

    [Fact]
    public void Pipe_table_cells_with_paragraph_html_get_breaks()
    {
        var parsed = new Parsed("| A | B |\n| - | - |\n| <p><strong>Bénéficiaire du RSA</strong></p><p>Revenu de solidarité</p> | x |");
        var cell = parsed.All<TableCell>()[2];
        Assert.Equal("Bénéficiaire du RSA Revenu de solidarité", Parsed.Text(cell));
        Assert.Empty(parsed.All<HtmlInline>());
    }
}
