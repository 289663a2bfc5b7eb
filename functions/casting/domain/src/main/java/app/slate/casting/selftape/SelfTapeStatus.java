package app.slate.casting.selftape;

/** invited → confirmed → submitted; declined by the talent; expired when the deadline passes unanswered. */
public enum SelfTapeStatus { INVITED, CONFIRMED, SUBMITTED, DECLINED, EXPIRED }
