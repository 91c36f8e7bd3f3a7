package dev.limber.figure;

/**
 * The colours a figure is drawn in, as 24-bit RGB. The far limbs are a shade darker than the near
 * ones so that crossed legs and arms stay apart; props have colours of their own.
 */
public enum Ink {
    SKIN(0xF0C8A0), SKIN_FAR(0xC09070), HAIR(0x5A3A22), SHIRT(0x4F8FE0), SLEEVE(0x6FA8F0), SLEEVE_FAR(0x3A6AB0),
    LEGS(0x4A6090), LEGS_FAR(0x2A3860),
    FLOOR(0x8A8A8A), ROLLER(0xF08A30), ROLLER_CORE(0xA85A18), HOT(0xE04030), COLD(0x70D0F8),
    WOOD(0xA07850), TOWEL(0xF0F0E0), BOWL(0xC8C8C8), WARM_WATER(0xF09070), COLD_WATER(0x4070F0);

    final int rgb;

    Ink(int rgb) {
        this.rgb = rgb;
    }

    public int rgb() {
        return rgb;
    }
}
