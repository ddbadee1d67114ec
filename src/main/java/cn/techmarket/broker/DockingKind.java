package cn.techmarket.broker;

/** How the parties met: 电话, 走访, 会谈, 路演. */
public enum DockingKind {
    CALL, VISIT, MEETING, ROADSHOW
}
