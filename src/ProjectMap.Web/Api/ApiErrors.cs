
namespace ProjectMap.Web.Api;

/// <summary>Error answers of the JSON API: <c>{"error": "one sentence", "code": "machine-readable"}</c> with an HTTP status.</summary>
public static class ApiErrors
{
    /// <summary>An error result with a status, a sentence and a short code.</summary>
    public static IResult Error(int status, string message, string code) => Results.Json(new { error = message, code }, statusCode: status);
}
