using System;
using OsAccess.Aws.Signing;

namespace OsAccess.Aws.Tests.Signing
{
    /// <summary>
    /// Vectors of AWS's Signature Version 4 test suite (requests and Authorization headers as AWS
    /// published them; credentials AKIDEXAMPLE, us-east-1, service "service", 2015-08-30T12:36:00Z).
    /// </summary>
    public class SigV4SuiteTests
    {
        public const string AccessKey = "AKIDEXAMPLE";
        public const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
        public static readonly DateTimeOffset SignedAt = new DateTimeOffset(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);
        private const string Token = "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";
        private const string Host = "Host:example.amazonaws.com\nX-Amz-Date:20150830T123600Z";

        public static TheoryData<string, string, string, string> Vectors => new TheoryData<string, string, string, string>
        {
            { "get-vanilla", "GET / HTTP/1.1\n" + Host, "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31" },
            { "get-vanilla-empty-query-key", "GET /?Param1=value1 HTTP/1.1\n" + Host, "host;x-amz-date", "a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb" },
            { "get-vanilla-query-order-key", "GET /?Param1=value2&Param1=Value1 HTTP/1.1\n" + Host, "host;x-amz-date", "eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1" },
            { "get-vanilla-query-order-value", "GET /?Param1=value2&Param1=value1 HTTP/1.1\n" + Host, "host;x-amz-date", "5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694" },
            { "get-vanilla-query-unreserved", "GET /?-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz HTTP/1.1\n" + Host, "host;x-amz-date", "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197" },
            { "get-vanilla-utf8-query", "GET /?\u1234=bar HTTP/1.1\n" + Host, "host;x-amz-date", "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04" },
            { "get-unreserved", "GET /-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz HTTP/1.1\n" + Host, "host;x-amz-date", "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f" },
            { "get-utf8", "GET /\u1234 HTTP/1.1\n" + Host, "host;x-amz-date", "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85" },
            { "get-header-value-trim", "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1: value1\nMy-Header2: \"a   b   c\"\nX-Amz-Date:20150830T123600Z", "host;my-header1;my-header2;x-amz-date", "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736" },
            { "get-header-key-duplicate", "GET / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value2\nMy-Header1:value2\nMy-Header1:value1\nX-Amz-Date:20150830T123600Z", "host;my-header1;x-amz-date", "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea" },
            { "post-vanilla", "POST / HTTP/1.1\n" + Host, "host;x-amz-date", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b" },
            { "post-header-key-sort", "POST / HTTP/1.1\nHost:example.amazonaws.com\nMy-Header1:value1\nX-Amz-Date:20150830T123600Z", "host;my-header1;x-amz-date", "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c" },
            { "post-x-www-form-urlencoded", "POST / HTTP/1.1\nContent-Type:application/x-www-form-urlencoded\n" + Host + "\n\nParam1=value1", "content-type;host;x-amz-date", "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a" },
            { "post-x-www-form-urlencoded-parameters", "POST / HTTP/1.1\nContent-Type:application/x-www-form-urlencoded; charset=utf8\n" + Host + "\n\nParam1=value1", "content-type;host;x-amz-date", "1a72ec8f64bd914b0e42e42607c7fbce7fb2c7465f63e3092b3b0d39fa77a6fe" },
            { "post-sts-header-before", "POST / HTTP/1.1\n" + Host + "\nX-Amz-Security-Token:" + Token, "host;x-amz-date;x-amz-security-token", "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead" },
        };

        [Theory]
        [MemberData(nameof(Vectors))]
        public void ReproducesThePublishedAuthorizationHeader(string name, string request, string signedHeaders, string signature)
        {
            var parsed = SuiteRequest.Parse(request);
            var scope = SigV4Scope.At(SignedAt, "us-east-1", "service");

            string actual = new SigV4Authorization(AccessKey, scope, SigV4Canonicalizer.SignedHeaders(parsed.Headers),
                SigV4.Signature(Secret, scope, SignedAt, parsed)).ToString();

            _ = name; // names the vector in test reports
            Assert.Equal(
                $"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders={signedHeaders}, Signature={signature}",
                actual);
        }

        [Fact]
        public void CanonicalRequestAndStringToSignMatchThePublishedIntermediateFiles()
        {
            var request = SuiteRequest.Parse("POST / HTTP/1.1\nContent-Type:application/x-www-form-urlencoded\n" + Host + "\n\nParam1=value1");
            string canonical = SigV4Canonicalizer.CanonicalRequest(request);

            Assert.Equal(
                "POST\n/\n\ncontent-type:application/x-www-form-urlencoded\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n" +
                "content-type;host;x-amz-date\n9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
                canonical);
            Assert.Equal(
                "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281",
                SigV4.StringToSign(SignedAt, SigV4Scope.At(SignedAt, "us-east-1", "service"), canonical));
        }

        [Fact]
        public void QueryParametersSortByEncodedKeyThenValue()
        {
            var request = SuiteRequest.Parse("GET /?Param1=value2&Param1=Value1 HTTP/1.1\n" + Host);

            Assert.Equal(
                "GET\n/\nParam1=Value1&Param1=value2\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" + SigV4.EmptyPayloadHash,
                SigV4Canonicalizer.CanonicalRequest(request));
        }
    }
}
