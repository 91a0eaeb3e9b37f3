using System;
using System.Security.Cryptography;

namespace LocalAws.Infrastructure;

/// <summary>Makes identifiers shaped like AWS's: access keys, unique ids, organization ids.</summary>
public static class IdGenerator
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string LowerDigits = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string Digits = "0123456789";
    private const string SecretChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static string UniqueId(string prefix) => prefix + Random(Upper, 17);

    public static string AccessKeyId(string prefix) => prefix + Random(Upper, 16);

    public static string Secret() => Random(SecretChars, 40);

    public static string SessionToken() => "FwoGZXIvYXdzE" + Random(SecretChars, 200);

    public static string Lower(int length) => Random(LowerDigits, length);

    public static string AccountId() => Random(Digits, 12);

    public static string RequestId() => Guid.NewGuid().ToString();

    private static string Random(string alphabet, int length)
    {
        Span<char> chars = stackalloc char[length];
        for (int i = 0; i < length; i++) chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        return new string(chars);
    }
}
