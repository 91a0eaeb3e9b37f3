using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using CsCheck;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Signing;

namespace OsAccess.Aws.Tests.Signing
{
    /// <summary>Properties of signing and verifying over generated requests.</summary>
    public class SigV4PropertyTests
    {
        private static readonly Gen<string> Text = Gen.String[Gen.Char['\u0020', '\u00ff'], 0, 40];
        private static readonly Gen<string> Name = Gen.String[Gen.Char.AlphaNumeric, 1, 12];

        [Fact]
        public void WhateverIsSignedVerifiesAndAnyChangeToTheBodyDoesNot()
        {
            Gen.Select(Gen.Dictionary(Name, Text)[0, 6], Text, Gen.Int[1, 40])
                .Sample((query, body, extra) =>
                {
                    string url = "https://iam.amazonaws.com/?" + string.Join("&", query.Select(p => AwsUriEncoding.Encode(p.Key) + "=" + AwsUriEncoding.Encode(p.Value)));
                    var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
                    var credentials = new AwsCredentials("AKIDPROPERTY", "secret-" + extra);
                    HttpRequestSigner.Sign(request, Encoding.UTF8.GetBytes(body), credentials, "eu-west-1", "iam", DateTimeOffset.UnixEpoch.AddDays(extra * 100));

                    var headers = request.Headers.Concat(request.Content.Headers)
                        .Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value)))
                        .Append(new KeyValuePair<string, string>("Host", "iam.amazonaws.com")).ToList();
                    var parsedQuery = HttpRequestSigner.ParseQuery(request.RequestUri!.Query);
                    string Secret(string key) => key == "AKIDPROPERTY" ? credentials.SecretAccessKey : null!;

                    Assert.True(SigV4Verifier.Verify("POST", "/", parsedQuery, headers, SigV4.HashHex(Encoding.UTF8.GetBytes(body)), Secret).IsValid);
                    Assert.Equal("SignatureDoesNotMatch",
                        SigV4Verifier.Verify("POST", "/", parsedQuery, headers, SigV4.HashHex(Encoding.UTF8.GetBytes(body + "x")), Secret).ErrorCode);
                }, iter: 300);
        }

        [Fact]
        public void AKeptSigningKeyCannotBeChangedThroughTheOneHandedOut()
        {
            var scope = new SigV4Scope("20150830", "us-east-1", "iam");
            string before = SigV4.Signature("secret", scope, "string to sign");

            Array.Clear(SigV4.SigningKey("secret", scope));

            Assert.Equal(before, SigV4.Signature("secret", scope, "string to sign"));
            Assert.NotEqual(before, SigV4.Signature("secret2", scope, "string to sign"));
            Assert.Equal(before, SigV4.Signature("secret", scope, "string to sign"));
        }

        [Fact]
        public void EncodingKeepsExactlyTheUnreservedCharactersAndDecodesBack()
        {
            Gen.String[Gen.Char, 0, 30].Sample(value =>
            {
                string encoded = AwsUriEncoding.Encode(value);

                Assert.All(encoded, c => Assert.True(AwsUriEncoding.IsUnreserved(c) || c == '%' || Uri.IsHexDigit(c)));
                if (!value.Any(char.IsSurrogate))
                {
                    Assert.Equal(value, Uri.UnescapeDataString(encoded));
                }
            }, iter: 500);
        }
    }
}
