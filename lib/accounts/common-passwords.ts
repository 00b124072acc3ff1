// Passwords of 12 or more characters that appear near the top of public breach lists, plus obvious local
// variants. A short list, not a breach corpus: it stops the most predictable choices without rules on
// composition (NIST SP 800-63B).
export const commonPasswords: ReadonlySet<string> = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "123123123123",
  "111111111111",
  "000000000000",
  "password1234",
  "password12345",
  "password123456",
  "passwordpassword",
  "qwertyuiop12",
  "qwertyuiop123",
  "qwerty123456",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "asdfghjkl123",
  "zxcvbnm12345",
  "iloveyou1234",
  "abcdefghijkl",
  "abc123abc123",
  "aaaaaaaaaaaa",
  "letmein12345",
  "welcome12345",
  "administrator",
  "admin1234567",
  "indonesia123",
  "indonesia1945",
  "bismillah123",
  "bismillah1234",
  "alhamdulillah",
  "malang123456",
  "aremania1987",
  "kotamalang123",
  "sayangkamu123",
  "rahasia12345",
  "katasandi123",
  "katasandi1234",
]);

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}
