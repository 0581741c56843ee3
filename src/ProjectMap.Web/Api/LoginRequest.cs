namespace ProjectMap.Web.Api;

/// <summary>The login form: name and password.</summary>
/// <param name="Name">Login name (any letter case).</param>
/// <param name="Password">Password.</param>
public sealed record LoginRequest(string? Name, string? Password);
