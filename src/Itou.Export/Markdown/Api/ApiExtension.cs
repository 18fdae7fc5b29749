using Itou.Export.Markdown.Tags;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Api;

/// <summary>
/// The three GitBook API syntaxes (<c>openapi*</c>, <c>swagger*</c>, <c>api-method*</c>) → one model:
/// <see cref="ApiOperationBlock"/> with description, parameter and response children
/// (<see cref="OpenApiSchemasBlock"/> for schema lists). The old api-method nesting (spec, request,
/// parameter groups) is flattened by <see cref="Normalize"/> after parsing.
/// </summary>
internal sealed class ApiExtension : IMarkdownExtension
{
    private static readonly Dictionary<string, string> ParameterGroups = new(StringComparer.Ordinal)
    {
        ["api-method-path-parameters"] = "path",
        ["api-method-query-parameters"] = "query",
        ["api-method-headers"] = "header",
        ["api-method-body-parameters"] = "body",
        ["api-method-form-data-parameters"] = "form",
        ["api-method-cookies"] = "cookie",
    };

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.AddTag("openapi", TagBody.Optional, (tag, parser, _) => Operation(tag, parser, ApiSyntax.OpenApi, spec: tag.NonEmpty("src") ?? tag.NonEmpty("spec")));
        pipeline.AddTag("openapi-operation", TagBody.Optional, (tag, parser, _) => Operation(tag, parser, ApiSyntax.OpenApi, spec: tag.NonEmpty("spec") ?? tag.NonEmpty("src")));
        pipeline.AddTag("openapi-schemas", TagBody.Optional, (tag, parser, _) => new OpenApiSchemasBlock(parser)
        {
            Spec = tag.NonEmpty("spec") ?? tag.NonEmpty("src") ?? "",
            Schemas = (tag.Attribute("schemas") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Grouped = tag.Flag("grouped"),
        });
        pipeline.AddTag("swagger", TagBody.Required, (tag, parser, _) => Operation(tag, parser, ApiSyntax.Swagger, spec: null));
        pipeline.AddTag("swagger-description", TagBody.Optional, (_, parser, _) => new ApiDescriptionBlock(parser));
        pipeline.AddTag("swagger-parameter", TagBody.Optional, (tag, parser, _) => Parameter(tag, parser, tag.Attribute("in")?.Trim() ?? ""));
        pipeline.AddTag("swagger-response", TagBody.Optional, (tag, parser, _) =>
            new ApiResponseBlock(parser) { Status = tag.Attribute("status")?.Trim() ?? "", Summary = tag.NonEmpty("description") });

        pipeline.AddTag("api-method", TagBody.Required, (tag, parser, _) => Operation(tag, parser, ApiSyntax.ApiMethod, spec: null));
        pipeline.AddTag("api-method-summary", TagBody.Required, (_, parser, _) => new ApiSummaryBlock(parser));
        pipeline.AddTag("api-method-description", TagBody.Required, (_, parser, _) => new ApiDescriptionBlock(parser));
        foreach (var group in new[] { "api-method-spec", "api-method-request", "api-method-response" })
            pipeline.AddTag(group, TagBody.Required, (_, parser, _) => new ApiGroupBlock(parser));
        foreach (var (group, location) in ParameterGroups)
            pipeline.AddTag(group, TagBody.Required, (_, parser, _) => new ApiGroupBlock(parser) { Location = location });
        pipeline.AddTag("api-method-parameter", TagBody.Optional, (tag, parser, _) => Parameter(tag, parser, ""));
        pipeline.AddTag("api-method-response-example", TagBody.Required, (tag, parser, _) =>
            new ApiResponseBlock(parser) { Status = tag.Attribute("httpCode")?.Trim() ?? tag.Attribute("httpcode")?.Trim() ?? "" });
        pipeline.AddTag("api-method-response-example-description", TagBody.Required, (_, parser, _) => new ApiSummaryBlock(parser));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Flattens api-method groups (giving parameters their location) and turns summary bodies into text.</summary>
    public static void Normalize(MarkdownDocument document)
    {
        foreach (var group in BlockTree.All<ApiGroupBlock>(document))
        {
            foreach (var parameter in group.OfType<ApiParameterBlock>().Where(p => p.Location.Length == 0))
                parameter.Location = group.Location ?? "";
        }
        foreach (var group in BlockTree.All<ApiGroupBlock>(document)) BlockTree.Unwrap(group);
        foreach (var summary in BlockTree.All<ApiSummaryBlock>(document))
        {
            var text = BlockTree.PlainText(summary);
            switch (summary.Parent)
            {
                case ApiOperationBlock operation: operation.Summary ??= text; summary.Parent.Remove(summary); break;
                case ApiResponseBlock response: response.Summary ??= text; summary.Parent.Remove(summary); break;
                default: BlockTree.Unwrap(summary); break;
            }
        }
    }

    private static ApiOperationBlock Operation(GitBookTag tag, BlockParser parser, ApiSyntax syntax, string? spec) => new(parser)
    {
        Syntax = syntax,
        Method = (tag.Attribute("method") ?? "").Trim().ToUpperInvariant(),
        Path = tag.Attribute("path")?.Trim() ?? "",
        BaseUrl = tag.NonEmpty("baseUrl") ?? tag.NonEmpty("host"),
        Summary = tag.NonEmpty("summary"),
        Spec = spec,
    };

    private static ApiParameterBlock Parameter(GitBookTag tag, BlockParser parser, string location) => new(parser)
    {
        Name = tag.Attribute("name")?.Trim() ?? "",
        Type = tag.Attribute("type")?.Trim() ?? "",
        Required = tag.Flag("required"),
        Location = location,
    };
}

/// <summary>An api-method grouping tag (spec, request, response, parameter group); flattened after parsing.</summary>
internal sealed class ApiGroupBlock(BlockParser parser) : ContainerBlock(parser)
{
    public string? Location { get; init; }
}

/// <summary>An api-method summary or response-example description; turned into text after parsing.</summary>
internal sealed class ApiSummaryBlock(BlockParser parser) : ContainerBlock(parser);
