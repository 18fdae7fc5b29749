using Itou.Export.Markdown.Api;
using Markdig.Syntax;

namespace Itou.Export.Tests.Markdown;

public sealed class ApiSpecTests
{
    [Fact]
    public void Openapi_operation_with_fallback_link()
    {
        var operation = new Parsed("{% openapi src=\"https://petstore3.swagger.io/api/v3/openapi.json\" path=\"/pet\" method=\"post\" %}\n[openapi.json](https://petstore3.swagger.io/api/v3/openapi.json)\n{% endopenapi %}").Single<ApiOperationBlock>();
        Assert.Equal(ApiSyntax.OpenApi, operation.Syntax);
        Assert.Equal("POST", operation.Method);
        Assert.Equal("/pet", operation.Path);
        Assert.Equal("https://petstore3.swagger.io/api/v3/openapi.json", operation.Spec);
        Assert.Equal("openapi.json", Parsed.Text(operation));
    }

    [Fact]
    public void Openapi_operation_tag_and_schemas()
    {
        var parsed = new Parsed("{% openapi-operation spec=\"petstore\" path=\"/pet/{id}\" method=\"get\" %}\n\n{% openapi-schemas spec=\"petstore\" schemas=\"Pet, Tag\" grouped=\"true\" %}");
        var operation = parsed.Single<ApiOperationBlock>();
        Assert.Equal(("GET", "/pet/{id}", "petstore"), (operation.Method, operation.Path, operation.Spec));
        var schemas = parsed.Single<OpenApiSchemasBlock>();
        Assert.Equal("petstore", schemas.Spec);
        Assert.Equal(["Pet", "Tag"], schemas.Schemas);
        Assert.True(schemas.Grouped);
    }

    [Fact]
    public void Swagger_block_gives_description_parameters_and_responses()
    {
        var parsed = new Parsed("""
            {% swagger method="get" path="/users/{id}" baseUrl="https://api.example.com" summary="Get a user" %}
            {% swagger-description %}
            Returns **one** user.
            {% endswagger-description %}

            {% swagger-parameter in="path" name="id" type="integer" required="true" %}
            The user id
            {% endswagger-parameter %}

            {% swagger-response status="200: OK" description="Found" %}
            ```json
            {"id": 1}
            ```
            {% endswagger-response %}
            {% endswagger %}
            """);
        var operation = parsed.Single<ApiOperationBlock>();
        Assert.Equal((ApiSyntax.Swagger, "GET", "/users/{id}", "https://api.example.com", "Get a user"),
            (operation.Syntax, operation.Method, operation.Path, operation.BaseUrl, operation.Summary));
        Assert.Equal("Returns one user.", Parsed.Text(operation.Description!));
        var parameter = Assert.Single(operation.Parameters);
        Assert.Equal(("id", "path", "integer", true), (parameter.Name, parameter.Location, parameter.Type, parameter.Required));
        Assert.Equal("The user id", Parsed.Text(parameter));
        var response = Assert.Single(operation.Responses);
        Assert.Equal(("200: OK", "Found"), (response.Status, response.Summary));
        Assert.IsType<FencedCodeBlock>(Assert.Single(response));
        Assert.Empty(parsed.Codes);
    }

    [Fact]
    public void Legacy_api_method_is_flattened_into_the_same_model()
    {
        var parsed = new Parsed("""
            {% api-method method="post" host="https://api.example.com" path="/v1/cakes" %}
            {% api-method-summary %}
            Create a cake
            {% endapi-method-summary %}

            {% api-method-description %}
            Bakes it.
            {% endapi-method-description %}

            {% api-method-spec %}
            {% api-method-request %}
            {% api-method-path-parameters %}
            {% api-method-parameter name="flavour" type="string" required=true %}
            The flavour
            {% endapi-method-parameter %}
            {% endapi-method-path-parameters %}
            {% api-method-query-parameters %}
            {% api-method-parameter name="size" type="number" required=false %}
            {% endapi-method-parameter %}
            {% endapi-method-query-parameters %}
            {% endapi-method-request %}

            {% api-method-response %}
            {% api-method-response-example httpCode=201 %}
            {% api-method-response-example-description %}
            Created
            {% endapi-method-response-example-description %}
            ```
            {"ok": true}
            ```
            {% endapi-method-response-example %}
            {% endapi-method-response %}
            {% endapi-method-spec %}
            {% endapi-method %}
            """);
        var operation = parsed.Single<ApiOperationBlock>();
        Assert.Equal((ApiSyntax.ApiMethod, "POST", "/v1/cakes", "https://api.example.com", "Create a cake"),
            (operation.Syntax, operation.Method, operation.Path, operation.BaseUrl, operation.Summary));
        Assert.Equal("Bakes it.", Parsed.Text(operation.Description!));
        Assert.Equal([("flavour", "path", true), ("size", "query", false)], operation.Parameters.Select(p => (p.Name, p.Location, p.Required)));
        var response = Assert.Single(operation.Responses);
        Assert.Equal(("201", "Created"), (response.Status, response.Summary));
        Assert.All(operation, child => Assert.True(child is ApiDescriptionBlock or ApiParameterBlock or ApiResponseBlock, child.GetType().Name));
        Assert.Empty(parsed.Codes);
    }
}
