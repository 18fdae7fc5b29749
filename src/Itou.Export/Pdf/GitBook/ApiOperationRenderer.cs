using Itou.Export.Markdown.Api;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Markdig.Renderers;
using Markdig.Syntax;
using SkiaSharp;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// An API operation (<c>{% openapi %}</c>, <c>{% swagger %}</c>, <c>{% api-method %}</c>): a header with the
/// method in a coloured badge and the path, the summary and description, a parameter table (name, where,
/// type, required, description) and each response under its status.
/// </summary>
internal sealed class ApiOperationRenderer : MarkdownObjectRenderer<PdfRenderer, ApiOperationBlock>
{
    protected override void Write(PdfRenderer renderer, ApiOperationBlock obj)
    {
        var styles = renderer.Styles;
        var operation = new Column(PdfStyles.BlockGap);
        operation.Add(new KeepWithNext(Header(renderer, obj)));
        if (!string.IsNullOrWhiteSpace(obj.Summary))
            operation.Add(new TextBlock(obj.Summary, renderer.BodyStyle with { Bold = true }));
        if (obj.Description is { } description)
            operation.Add(renderer.BlocksOf(description));
        var parameters = obj.Parameters.ToList();
        if (parameters.Count > 0)
            operation.Add(new KeepWithNext(Label(renderer, renderer.Labels.Parameters))).Add(Parameters(renderer, parameters));
        foreach (var response in obj.Responses)
        {
            var status = string.Join(" ", new[] { response.Status, response.Summary }.Where(part => !string.IsNullOrWhiteSpace(part)));
            operation.Add(new KeepWithNext(Label(renderer, renderer.Labels.Response(status)))).Add(renderer.BlocksOf(response));
        }
        // Anything else written inside (the openapi fallback link, further descriptions): printed too.
        foreach (var other in obj.Where(block => block != obj.Description && block is not (ApiParameterBlock or ApiResponseBlock)))
            operation.Add(renderer.Blocks(() => renderer.Write(other)));
        var frame = new BoxStyle().WithBorder(0.75f, styles.Rule) with { CornerRadius = PdfStyles.Radius };
        renderer.Add(new Box(frame, new Padding(Thickness.All(PdfStyles.BoxPadding), operation)));
    }

    private static Row Header(PdfRenderer renderer, ApiOperationBlock obj)
    {
        var styles = renderer.Styles;
        var method = obj.Method.Length > 0 ? obj.Method : "API";
        var badge = new Box(new BoxStyle { Background = MethodColor(styles, method), CornerRadius = 2 },
            new Padding(new Thickness(2, 5, 2, 5), new TextBlock(method, styles.Code with { Bold = true, Color = SKColors.White })));
        var path = (obj.BaseUrl ?? "") + obj.Path;
        return new Row(8).AddAuto(badge).AddRelative(1, new TextBlock(path.Length > 0 ? path : obj.Spec ?? "", styles.Code with { Size = 10, Bold = true }));
    }

    private static Layout.Table Parameters(PdfRenderer renderer, List<ApiParameterBlock> parameters)
    {
        var styles = renderer.Styles;
        var small = renderer.BodyStyle with { Size = renderer.BodyStyle.Size * 0.92f };
        var table = new Layout.Table([TableColumn.Relative(3), TableColumn.Relative(2), TableColumn.Relative(2), TableColumn.Relative(1.6f), TableColumn.Relative(6)],
            new BoxStyle().WithBorder(0.5f, styles.Rule), new Thickness(3, 5, 3, 5));
        table.AddHeaderRow(renderer.Labels.ParameterColumns.Select(text => (Element)new TextBlock(text, small with { Bold = true })),
            new BoxStyle { Background = PdfStyles.Tint(styles.Primary, 0.08f) }.WithBorder(0.5f, styles.Rule));
        foreach (var parameter in parameters)
        {
            Column description = null!;
            renderer.WithBody(small, TextAlignment.Left, () => description = renderer.BlocksOf(parameter, 3));
            table.AddRow([
                new TextBlock(parameter.Name, styles.Code), new TextBlock(parameter.Location, small), new TextBlock(parameter.Type, styles.Code),
                new TextBlock(renderer.Labels.YesOrNo(parameter.Required), small), description,
            ]);
        }
        return table;
    }

    private static TextBlock Label(PdfRenderer renderer, string text) =>
        new(text, renderer.BodyStyle with { Bold = true, Color = renderer.Styles.Primary });

    private static SKColor MethodColor(PdfStyles styles, string method) => method switch
    {
        "GET" => styles.Info,
        "POST" => styles.Success,
        "PUT" or "PATCH" => styles.Warning,
        "DELETE" => styles.Danger,
        _ => styles.Muted,
    };
}

/// <summary><c>{% openapi-schemas %}</c>: the schema names and their spec, then whatever the block holds.</summary>
internal sealed class OpenApiSchemasRenderer : MarkdownObjectRenderer<PdfRenderer, OpenApiSchemasBlock>
{
    protected override void Write(PdfRenderer renderer, OpenApiSchemasBlock obj)
    {
        var title = Card.Title(renderer, renderer.Labels.Schemas(obj.Schemas), linked: false);
        var details = new List<Element> { Card.Detail(renderer, obj.Spec) };
        if (obj.Count > 0)
            details.Add(renderer.BlocksOf(obj, 3));
        renderer.Add(Card.Create(renderer, "{ }", title, details, link: null));
    }
}
