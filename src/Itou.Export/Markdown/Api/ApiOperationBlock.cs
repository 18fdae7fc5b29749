using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Api;

/// <summary>Which GitBook syntax an API block came from.</summary>
public enum ApiSyntax
{
    /// <summary><c>{% openapi %}</c> or <c>{% openapi-operation %}</c> (the operation lives in a spec file or URL).</summary>
    OpenApi,
    /// <summary><c>{% swagger %}</c> (2021–2023).</summary>
    Swagger,
    /// <summary><c>{% api-method %}</c> (until 2020).</summary>
    ApiMethod,
}

/// <summary>
/// One HTTP operation, from any of the three GitBook API syntaxes. Children, in source order: an
/// optional <see cref="ApiDescriptionBlock"/>, <see cref="ApiParameterBlock"/>s, <see cref="ApiResponseBlock"/>s,
/// and any other body content (for <c>openapi</c>: the fallback link).
/// </summary>
public sealed class ApiOperationBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The syntax it was written in.</summary>
    public ApiSyntax Syntax { get; init; }

    /// <summary>HTTP method in upper case (<c>GET</c>, <c>POST</c>…), or "" when unknown.</summary>
    public string Method { get; init; } = "";

    /// <summary>The path (<c>/pets/{id}</c>), or "".</summary>
    public string Path { get; init; } = "";

    /// <summary>The base URL / host, or null.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The one-line summary, or null.</summary>
    public string? Summary { get; set; }

    /// <summary>For <c>openapi</c>: the spec (<c>src</c> URL/path or <c>spec</c> name), or null.</summary>
    public string? Spec { get; init; }

    /// <summary>The description, when there is one.</summary>
    public ApiDescriptionBlock? Description => this.OfType<ApiDescriptionBlock>().FirstOrDefault();

    /// <summary>The parameters, in source order.</summary>
    public IEnumerable<ApiParameterBlock> Parameters => this.OfType<ApiParameterBlock>();

    /// <summary>The responses, in source order.</summary>
    public IEnumerable<ApiResponseBlock> Responses => this.OfType<ApiResponseBlock>();
}

/// <summary>The operation's description; children are its parsed body.</summary>
public sealed class ApiDescriptionBlock(BlockParser? parser) : ContainerBlock(parser);

/// <summary>One parameter; children are its description, parsed.</summary>
public sealed class ApiParameterBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The parameter name.</summary>
    public string Name { get; init; } = "";

    /// <summary>Where it goes: <c>path</c>, <c>query</c>, <c>header</c>, <c>body</c>, <c>form</c>, <c>cookie</c>, or "".</summary>
    public string Location { get; set; } = "";

    /// <summary>The type as written (<c>string</c>, <c>integer</c>, <c>object</c>…), or "".</summary>
    public string Type { get; init; } = "";

    /// <summary>Whether it is required.</summary>
    public bool Required { get; init; }
}

/// <summary>One response; children are its body (description text, example code).</summary>
public sealed class ApiResponseBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The HTTP status as written (<c>200</c>, <c>4XX</c>…), or "".</summary>
    public string Status { get; init; } = "";

    /// <summary>The short description attribute, or null.</summary>
    public string? Summary { get; set; }
}

/// <summary><c>{% openapi-schemas spec="…" schemas="A,B" grouped="true" %}</c>: schema definitions from a spec.</summary>
public sealed class OpenApiSchemasBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The spec name or URL.</summary>
    public string Spec { get; init; } = "";

    /// <summary>The schema names listed.</summary>
    public IReadOnlyList<string> Schemas { get; init; } = [];

    /// <summary>Whether they are shown grouped.</summary>
    public bool Grouped { get; init; }
}
