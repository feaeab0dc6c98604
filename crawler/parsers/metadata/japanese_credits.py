"""Japanese papers' credit lines, which name the writer with no by-word: a label and a
full-width equals sign or colon ("文＝山田太郎", "記者：山田太郎"), the whole credit in
lenticular brackets ("【記者：山田太郎、鈴木花子】", the dateline's "【ワシントン＝山田太郎】"),
the name alone in brackets closing the story ("【山田太郎】", as the Mainichi and the
portals that carry it print it), or the name with the paper's job in parentheses
("山田太郎（毎日新聞記者）"). A name is two to six Han characters (with kana after two
of them), not a word such brackets also hold ("【関連記事】", "【速報】")."""

from __future__ import annotations

import re

# Labels of the writer's credit: "text", "reporter", "written by", "reporting and text".
# Not "写真" (photo), "撮影" (shot by), "図" (graphic), "構成" (edited), "翻訳"
# (translated): those credit someone else.
_LABEL = re.compile(r"^\s*(?:記者|文|執筆|取材・文|取材、文|文・写真|取材・文・写真)\s*[：:＝=]\s*(\S.{0,40}?)\s*$")
_OTHER_LABELS = ("写真", "撮影", "図", "画像", "イラスト", "動画", "映像", "構成", "編集", "翻訳", "監修", "協力")
# A dateline's place and the writer's name: "ワシントン＝山田太郎" (in the brackets only)
_PLACE_NAME = re.compile(r"^\s*([\u30a0-\u30ff\u4e00-\u9fff]{1,10})\s*[＝=]\s*(\S.{0,40}?)\s*$")
# The writer's job before the name, with a space: "編集委員 山田太郎" (senior staff writer),
# "論説委員 …" (editorial writer), "ワシントン支局 記者 …" (a bureau's reporter)
_JOB_BEFORE = re.compile(r"^\s*(?:\S{1,10}(?:支局|総局)\s*)?(?:編集委員|論説委員|上級論説委員|解説委員|記者|特派員)"
                         r"\s+(\S.{0,40}?)\s*$")
_BRACKETED = re.compile(r"^\s*【([^【】]{2,60})】\s*$")
_JOB_AFTER = re.compile(r"^\s*(\S{2,8}?)\s*[（(][^（）()]{0,20}(?:記者|編集委員|論説委員|特派員|解説委員)[）)]\s*$")
_JOINED = re.compile(r"\s*[、，,]\s*")
_ROLE_AFTER = re.compile(r"\s*(?:記者|編集委員|論説委員|解説委員|特派員|撮影)$")
_NAME = re.compile(r"[\u4e00-\u9fff\u3005]{2}[\u4e00-\u9fff\u3005\u3040-\u30ff]{1,4}|[\u4e00-\u9fff]{2}")
# Words of two to six Han characters that lenticular brackets hold as often as a name
# does: the boxes and labels of a story ("related articles", "breaking", "special",
# "explainer", "exclusive", "correction", "photo", "video"), and the agencies' and
# bodies' credits ("共同", "時事", "…通信", "…新聞", "…社").
_NOT_NAMES = frozenset(["関連記事", "関連", "速報", "特集", "解説", "詳報", "独自", "訂正", "追記", "号外",
                        "写真", "動画", "図解", "参考", "注目", "関連ニュース", "共同", "時事", "広告", "続報"])
_BODY_ENDS = ("通信", "新聞", "共同", "時事", "社", "局", "部", "省", "庁", "会", "団", "所")


def _names(text: str) -> list[str]:
    """The names of a credit's name part ("山田太郎、鈴木花子"), or [] when any part is no name."""
    names = [_ROLE_AFTER.sub("", part) for part in _JOINED.split(text.strip())]
    if not names or len(names) > 4:
        return []
    if all(_NAME.fullmatch(n) and n not in _NOT_NAMES and not n.endswith(_BODY_ENDS) for n in names):
        return names
    return []


# A word alone in brackets is a name only at three characters or more (a full name of
# two, "林修", is rare; a label's or a place's word of two is common: "【社説】" editorial,
# "【連載】" series, "【全文】" full text, "【東京】"), and not a label's word of more
# ending as these do: "写真特集" photo special, "用語解説" glossary, "編集後記" editor's
# note, "参考文献" references, "一問一答" Q&A, "随時更新" updated as it goes, "取材協力"
# with the help of, "天声人語" (a column), "…の言葉" words of …, "…ニュース" a news site;
# a job's title alone, "経済部長" head of the business desk.
_LABEL_ENDS = ("特集", "解説", "後記", "文献", "一答", "更新", "協力", "人語", "の言葉", "ニュース", "一覧", "情報",
               "全文", "要旨", "速報", "詳報", "連載", "会見", "中継", "手帳", "まとめ", "部長", "局長", "委員")


def _name_alone(inner: str) -> bool:
    """Whether a bracket's whole text can be a name standing alone (:data:`_LABEL_ENDS`)."""
    text = inner.strip()
    return len(text) >= 3 and not text.endswith(_LABEL_ENDS)


def japanese_names(value: str) -> list[str]:
    """The names of a value listing Japanese names with the ideographic comma
    ("佐藤和也、小林裕子"), or [] for any other value.

    >>> japanese_names("佐藤和也、小林裕子"), japanese_names("関連記事、速報")
    (['佐藤和也', '小林裕子'], [])
    """
    return _names(value) if "、" in value and len(value) <= 80 else []


def japanese_credit(line: str, alone: bool = False) -> list[str]:
    """The writers a Japanese credit line names, or [] for any other line. With
    ``alone`` (a line closing the story), a name alone in brackets counts too.

    >>> japanese_credit("【記者：山田太郎、鈴木花子】"), japanese_credit("文＝鈴木花子")
    (['山田太郎', '鈴木花子'], ['鈴木花子'])
    >>> japanese_credit("【ワシントン＝山田太郎】"), japanese_credit("写真＝佐藤健一")
    (['山田太郎'], [])
    >>> japanese_credit("【山田太郎】", alone=True), japanese_credit("【写真特集】", alone=True)
    (['山田太郎'], [])
    >>> japanese_credit("山田太郎（毎日新聞記者）"), japanese_credit("【山田太郎】")
    (['山田太郎'], [])
    >>> japanese_credit("編集委員 佐藤和也、小林裕子"), japanese_credit("編集委員会 報告書")
    (['佐藤和也', '小林裕子'], [])
    """
    if len(line) > 80 or line.isascii():  # (each branch's names are Han: none in ASCII text)
        return []
    bracketed = _BRACKETED.match(line)
    inner = bracketed.group(1) if bracketed else line
    if (m := _LABEL.match(inner) or _JOB_BEFORE.match(inner)) is not None:
        return _names(m.group(1))
    if bracketed and (m := _PLACE_NAME.match(inner)) is not None and m.group(1) not in _OTHER_LABELS:
        return _names(m.group(2))
    if bracketed and alone:
        return _names(inner) if _name_alone(inner) else []
    if not bracketed and (m := _JOB_AFTER.match(line)) is not None:
        return _names(m.group(1))
    return []
