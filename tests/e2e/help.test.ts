import { describe, expect, it } from 'vitest';
import { useWebTest } from '../setup/browser.js';
import { graphql } from '../gql/index.js';
import { gql } from '../setup/client.js';

/** P3 使用培训机制: the user guides in docs/training/, served through GraphQL and shown by the web client. */

const web = useWebTest();

const GUIDES = graphql(`
  query HelpGuides($audience: GuideAudience) {
    guides(audience: $audience) {
      slug
      title
      audience
      summary
      sections {
        heading
        blocks {
          kind
          text
          items
        }
      }
    }
  }
`);
const GUIDE = graphql(`
  query HelpGuide {
    guide(slug: "enterprise-start") {
      title
      markdown
      sections {
        heading
        blocks {
          kind
          items
        }
      }
    }
  }
`);
const GUIDE_HOSTILE_SLUG = graphql(`
  query HelpGuideUnknownSlug {
    guide(slug: "<script>alert(1)</script>") {
      slug
    }
  }
`);

describe('user guides (P3 training)', () => {
  it('lists a guide for every audience, each with sections of non-empty blocks, without signing in', async () => {
    const res = await gql(web.p, GUIDES);
    expect(res.errors).toBeUndefined();
    const guides = res.data.guides;
    expect(new Set(guides.map((g) => g.audience))).toEqual(new Set(['ENTERPRISE', 'INSTITUTION', 'OPERATOR', 'ADMINISTRATOR', 'PARTNER']));
    for (const guide of guides) {
      expect(guide.sections.length, guide.slug).toBeGreaterThan(0);
      for (const section of guide.sections) {
        expect(section.blocks.length, `${guide.slug} / ${section.heading}`).toBeGreaterThan(0);
        for (const block of section.blocks) {
          if (block.kind === 'STEPS' || block.kind === 'BULLETS') expect(block.items.length).toBeGreaterThan(0);
          else expect(block.text).toBeTruthy();
        }
      }
    }
  });

  it('filters by audience and finds one guide by slug; an unknown slug is null', async () => {
    const res = await gql(web.p, GUIDES, { audience: 'OPERATOR' });
    expect(res.data.guides.length).toBeGreaterThanOrEqual(2);
    expect(res.data.guides.every((g) => g.audience === 'OPERATOR')).toBe(true);

    const one = await gql(web.p, GUIDE);
    const guide = one.data.guide!;
    expect(guide.title).toContain('企业用户入门');
    expect(guide.markdown).toContain('## 第一步');
    const first = guide.sections[0];
    expect(first.heading).toBe('第一步：注册账号并认证企业');
    expect(first.blocks[0]).toMatchObject({ kind: 'STEPS' });
    expect(first.blocks[0].items).toHaveLength(5);

    const none = await gql(web.p, GUIDE_HOSTILE_SLUG);
    expect(none.errors).toBeUndefined();
    expect(none.data.guide).toBeNull();
  });

  it('the web client lists the guides from the footer and shows one with its steps and portal links', async () => {
    const { p, page } = web;
    await page.goto(`${p.url}/`);
    await page.locator('.site-footer').getByRole('link', { name: '使用指南' }).click();
    await page.waitForURL(`${p.url}/help`);
    await page.getByRole('heading', { name: '使用指南', level: 1 }).waitFor();
    await page.getByRole('link', { name: /企业用户入门/ }).click();
    await page.waitForURL(`${p.url}/help/enterprise-start`);
    await page.getByRole('heading', { name: '第三步：订阅政策，不错过新政策' }).waitFor();
    expect(await page.locator('ol.steps').first().locator('li').count()).toBe(5);
    expect(await page.getByRole('link', { name: '政策匹配' }).getAttribute('href')).toBe('/policy/for-me');
    expect(await page.title()).toContain('企业用户入门');

    await page.goto(`${p.url}/help/no-such-guide`);
    await page.getByRole('heading', { name: '找不到这篇指南' }).waitFor();
    expect(web.pageErrors).toEqual([]);
  });
});
