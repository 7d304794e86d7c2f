package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The postings' byte streams give back exactly what was written into them, across slices and blocks. */
class ByteSlicesTest {

    @Test
    void interleavedStreamsReadBackAsWrittenAcrossSlicesAndBlocks() {
        Random random = new Random(16);
        ByteSlices slices = new ByteSlices();
        List<ByteOut> expected = new ArrayList<>();
        List<List<Integer>> postings = new ArrayList<>();
        List<Integer> lastDoc = new ArrayList<>();
        for (int s = 0; s < 300; s++) {
            assertThat(slices.open()).isEqualTo(s);
            expected.add(new ByteOut(16));
            postings.add(new ArrayList<>());
            lastDoc.add(-1);
        }
        // a few streams get most postings (long chains), most get a few; gaps and weights of one to four digits
        for (int i = 0; i < 200_000; i++) {
            int s = random.nextInt(4) == 0 ? random.nextInt(300) : random.nextInt(5);
            int gap = random.nextInt(8) == 0 ? random.nextInt(1 << 15) : random.nextInt(32);
            int weight = 2 + (random.nextInt(16) == 0 ? random.nextInt(4094) : random.nextInt(30));
            slices.number(s, gap);
            slices.number(s, weight);
            expected.get(s).number(gap).number(weight);
            int doc = lastDoc.get(s) + gap + 1;
            lastDoc.set(s, doc);
            postings.get(s).add(doc << 12 | weight);
        }
        long bytes = 0;
        for (int s = 0; s < 300; s++) {
            ByteOut copied = new ByteOut(16);
            slices.copy(s, copied);
            assertThat(copied.toBytes()).as("stream %d", s).isEqualTo(expected.get(s).toBytes());
            bytes += copied.size();
            assertThat(slices.length(s)).isEqualTo(copied.size());
            int[] read = new int[postings.get(s).size() + 2];
            slices.postings(s, postings.get(s).size(), read, 2);
            assertThat(java.util.Arrays.copyOfRange(read, 2, read.length))
                    .containsExactly(postings.get(s).stream().mapToInt(Integer::intValue).toArray());
        }
        assertThat(bytes).as("more than a few blocks of 64 KB").isGreaterThan(4 << 16);
    }

    @Test
    void theDigitsOfANumberAreCountedAsWritten() {
        for (int value : new int[] {0, 1, 31, 32, 1023, 1024, 32767, 32768, 1 << 19, Integer.MAX_VALUE}) {
            assertThat(ByteOut.digits(value)).as("%d", value).isEqualTo(new ByteOut(16).number(value).size());
        }
    }

    @Test
    void anEmptyStreamHasNoBytes() {
        ByteSlices slices = new ByteSlices();
        slices.open();
        int other = slices.open();
        slices.number(other, 7);
        ByteOut out = new ByteOut(16);
        slices.copy(0, out);
        assertThat(out.size()).isZero();
        assertThat(slices.length(0)).isZero();
        slices.copy(other, out);
        assertThat(new String(out.toBytes(), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("7");
    }
}
