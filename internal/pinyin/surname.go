package pinyin

import "strings"

// surnames are the readings of polyphonic characters when they are a
// surname: 曾晓云 is Zeng Xiaoyun, 单丽 Shan Li, 解敏 Xie Min, where the
// dictionary's first reading (ceng, dan, jie) would have the filter miss
// them and the lists sort them under the wrong letter.
var surnames = map[rune]string{
	'曾': "zeng",
	'单': "shan",
	'解': "xie",
	'仇': "qiu",
	'区': "ou",
	'查': "zha",
	'朴': "piao",
	'覃': "qin",
	'盖': "ge",
	'缪': "miao",
	'乐': "yue",
	'翟': "zhai",
	'尉': "yu",
	'繁': "po",
	'员': "yun",
	'种': "chong",
	'秘': "bi",
	'召': "shao",
}

// compoundSurnames are two-character surnames whose reading differs from
// their characters' common ones.
var compoundSurnames = map[[2]rune][2]string{
	{'尉', '迟'}: {"yu", "chi"},
	{'万', '俟'}: {"mo", "qi"},
	{'长', '孙'}: {"zhang", "sun"},
	{'令', '狐'}: {"ling", "hu"},
	{'单', '于'}: {"chan", "yu"},
}

// orgEndings end the names of departments and organisations, which the
// people list also holds (区教育局, 德育处): such a name is not read as a
// person's, so 区 stays qu.
const orgEndings = "局处室科部院所站校馆队委办会组团社厅司署"

// Surname is how a person's name begins when its first characters are
// a surname read differently from the dictionary: the readings of the
// first one or two characters, or nil. A name is a person's when it
// begins with two to five Chinese characters (a note may follow:
// 单丽（外聘）) that do not end like an organisation's.
func Surname(name string) []string {
	// The leading Chinese characters, without making a rune slice: this
	// runs for every name cell of 100,000 rows.
	var first, second, last rune
	n := 0
	end := len(name)
	for i, r := range name {
		if !IsHan(r) {
			end = i
			break
		}
		switch n {
		case 0:
			first = r
		case 1:
			second = r
		}
		last = r
		n++
	}
	if n < 2 || n > 5 || strings.ContainsRune(orgEndings, last) || strings.HasSuffix(name[:end], "中心") {
		return nil
	}
	if n >= 3 {
		if c, ok := compoundSurnames[[2]rune{first, second}]; ok {
			return c[:]
		}
	}
	if s, ok := surnames[first]; ok {
		return []string{s}
	}
	return nil
}
