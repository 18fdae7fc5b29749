using Itou.Export.Docx;
using Itou.Export.Markdown;
using Itou.Export.Markdown.Api;
using Itou.Export.Markdown.Columns;
using Itou.Export.Markdown.Details;
using Itou.Export.Markdown.Steppers;
using Itou.Export.Markdown.Tables;
using Itou.Export.Markdown.Tabs;
using Itou.Export.Markdown.Tags;
using Itou.Export.Markdown.Updates;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Theming;
using Itou.Export.Tests.Support;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Tests.Rendering;

/// <summary>
/// Every node type the dialect produces has a renderer in both writers, under the same name where
/// both render it themselves, and none falls through to a catch-all: a new construct that one writer
/// forgets fails here, not in a reader's hands.
/// </summary>
public sealed class WriterCoverageTests
{
    // What the sample space lacks, so that every node type is met at least once.
    private const string Fixture = """
        # Couverture

        > Une citation avec `du code`, <https://example.org>, un&nbsp;espace insécable et une<br>coupure.

        ---

            code indenté

        <div>Du HTML brut</div>

        <div align="center">Un texte centré</div>

        {% api-method method="post" host="https://api.example.com" path="/v1/cakes" %}
        {% api-method-summary %}
        Créer un gâteau
        {% endapi-method-summary %}
        {% api-method-spec %}
        {% api-method-request %}
        {% api-method-path-parameters %}
        {% api-method-parameter name="flavour" type="string" required=true %}
        Le parfum
        {% endapi-method-parameter %}
        {% endapi-method-path-parameters %}
        {% endapi-method-request %}
        {% endapi-method-spec %}
        {% endapi-method %}

        {% openapi-schemas spec="bikes" schemas="Bike" %}
        {% endopenapi-schemas %}

        ```mermaid
        graph TD; A-->B
        ```

        {% prompt description="Résumer" icon="sparkles" %}
        ```
        Résume cette page
        ```
        {% endprompt %}

        {% inconnu %}
        Un corps sous une balise inconnue.
        {% endinconnu %}
        """;

    // Node types the parser makes and takes out again before any writer sees the page (raw HTML
    // becomes typed nodes), so a writer renderer for them would be dead code.
    private static readonly Type[] RemovedAfterParsing =
        [typeof(TagRemnantBlock), typeof(ApiGroupBlock), typeof(ApiSummaryBlock), typeof(HtmlBlock), typeof(HtmlInline)];

    // Node types their parent's renderer writes itself (a row is written by its table).
    private static readonly Dictionary<Type, Type> WrittenByParent = new()
    {
        [typeof(ApiDescriptionBlock)] = typeof(ApiOperationBlock),
        [typeof(ApiParameterBlock)] = typeof(ApiOperationBlock),
        [typeof(ApiResponseBlock)] = typeof(ApiOperationBlock),
        [typeof(ColumnBlock)] = typeof(ColumnsBlock),
        [typeof(CardRow)] = typeof(CardTable),
        [typeof(TabBlock)] = typeof(TabsBlock),
        [typeof(StepBlock)] = typeof(StepperBlock),
        [typeof(UpdateBlock)] = typeof(UpdatesBlock),
        [typeof(DetailsSummaryBlock)] = typeof(DetailsBlock),
        [typeof(Footnote)] = typeof(FootnoteGroup),
        [typeof(TableRow)] = typeof(Table),
        [typeof(TableCell)] = typeof(Table),
        [typeof(ListItemBlock)] = typeof(ListBlock),
    };

    // Catch-alls: a node that only they accept is not really rendered.
    private static readonly Type[] GeneralNodeTypes = [typeof(MarkdownObject), typeof(Block), typeof(LeafBlock), typeof(ContainerBlock), typeof(Inline), typeof(ContainerInline)];

    [Fact]
    public async Task Every_node_type_of_the_dialect_is_rendered_by_both_writers_under_one_name()
    {
        var documents = await ParsedDocuments();
        var nodes = documents.SelectMany(document => document.Descendants()).ToList();
        var produced = nodes.Select(node => node.GetType()).ToHashSet();
        var problems = new List<string>();

        foreach (var type in DialectNodeTypes().Except(RemovedAfterParsing).Where(type => !produced.Contains(type)))
            problems.Add($"{type.Name}: never met in the sample space nor the fixture, so never checked");
        foreach (var type in RemovedAfterParsing.Where(produced.Contains))
            problems.Add($"{type.Name}: should be gone after parsing but reaches the writers");
        foreach (var type in RemovedAfterParsing)
        {
            if (Specific(PdfRenderer.Table(), type) is { } pdfRenderer)
                problems.Add($"{type.Name}: no page holds one, yet the PDF has {NameOf(pdfRenderer)} for it (dead code)");
            if (Specific(DocxRenderers.Standard(), type) is { } docxRenderer)
                problems.Add($"{type.Name}: no page holds one, yet the DOCX has {NameOf(docxRenderer)} for it (dead code)");
        }

        foreach (var type in produced.OrderBy(type => type.FullName, StringComparer.Ordinal))
        {
            var pdf = Specific(PdfRenderer.Table(), type);
            var docx = Specific(DocxRenderers.Standard(), type);
            foreach (var (writer, renderer, table) in new[] { ("PDF", pdf, PdfRenderer.Table()), ("DOCX", docx, DocxRenderers.Standard()) })
            {
                if (renderer is null && !WrittenByItsParent(type, nodes, table))
                    problems.Add($"{type.Name}: no {writer} renderer of its own nor a parent that writes it");
            }
            if (pdf is not null && docx is not null && NameOf(pdf) != NameOf(docx))
                problems.Add($"{type.Name}: PDF {NameOf(pdf)} but DOCX {NameOf(docx)}");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Exporting_every_construct_reports_no_fallback_and_loses_nothing()
    {
        using var folder = new TempSpace().Write("README.md", Fixture);
        var space = await folder.LoadAsync();
        var codes = new List<string>();
        using (var pdf = new MemoryStream())
            codes.AddRange((await PdfExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, pdf, cancellationToken: TestContext.Current.CancellationToken)).Diagnostics.Select(d => d.Code));
        using (var docx = new MemoryStream())
            codes.AddRange((await DocxExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, docx, cancellationToken: TestContext.Current.CancellationToken)).Diagnostics.Select(d => d.Code));

        Assert.DoesNotContain(DiagnosticCodes.DocxUnsupportedNode, codes);
        Assert.DoesNotContain(DiagnosticCodes.RenderFailed, codes);
        Assert.DoesNotContain(DiagnosticCodes.ContentMissing, codes);
    }

    private static async Task<List<MarkdownDocument>> ParsedDocuments()
    {
        var sample = await SpaceLoader.LoadAsync(TestPaths.SampleSpace, null, cancellationToken: TestContext.Current.CancellationToken);
        var context = new GitBookParseContext { FilePath = "fixture.md", Diagnostics = new DiagnosticBag() };
        return [.. sample.Pages.Select(page => page.Document), GitBookMarkdown.Parse(Fixture, context)];
    }

    private static IEnumerable<Type> DialectNodeTypes() => typeof(GitBookMarkdown).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(MarkdownObject).IsAssignableFrom(type));

    // The renderer Markdig would pick (the first that accepts), unless it is a catch-all.
    private static IMarkdownObjectRenderer? Specific(IEnumerable<IMarkdownObjectRenderer> table, Type type) =>
        table.FirstOrDefault(renderer => renderer.Accept(null!, type)) is { } renderer && !IsCatchAll(renderer) ? renderer : null;

    private static bool IsCatchAll(IMarkdownObjectRenderer renderer)
    {
        for (var type = renderer.GetType(); type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericArguments() is [.., var node] && typeof(MarkdownObject).IsAssignableFrom(node))
                return GeneralNodeTypes.Contains(node);
        }
        return false; // a renderer of its own making that names its types (the DOCX silent blocks)
    }

    private static bool WrittenByItsParent(Type type, List<MarkdownObject> nodes, IEnumerable<IMarkdownObjectRenderer> table) =>
        WrittenByParent.TryGetValue(type, out var parent)
        && Specific(table, parent) is not null
        && nodes.Where(node => node.GetType() == type).All(node => HasAncestor(node, parent));

    private static bool HasAncestor(MarkdownObject node, Type parent)
    {
        for (var current = Parent(node); current is not null; current = Parent(current))
        {
            if (parent.IsInstanceOfType(current))
                return true;
        }
        return false;
    }

    private static MarkdownObject? Parent(MarkdownObject node) => node switch
    {
        Block block => block.Parent,
        Inline inline => inline.Parent,
        _ => null,
    };

    private static string NameOf(IMarkdownObjectRenderer renderer) => renderer.GetType().Name.Split('`')[0];
}
