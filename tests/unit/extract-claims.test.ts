import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/analysis/annotate.ts';
import { CHECK_WORTHY, checkWorthiness, claimText } from '../../src/analysis/extract-claims.ts';

const worthy = (s: string) => checkWorthiness(s, annotate(s)).score >= CHECK_WORTHY;

describe('checkWorthiness', () => {
  it.each([
    ['Acme Corp cut 400 jobs at its Ohio plant in March.', true],
    ['The city council approved a $4 million contract with Bayline Marine.', true],
    ['Does Acme want your data?', false],
    ['Do we really want to give Acme more power over our lives, too?', false],
    ['You might rightly question why the company should grow any bigger.', false],
    ['Read more', false],
    ['What that means is that if you are anxious, the report should alarm you.', false],
    ['Teen felled with killer punch after picking fight with...', false],
    ['Mexican marines patrol at Pueblo Viejo, in the outskirts of Iguala, Guerrero state, Mexico, where a  …', false],
    ['Olympic swimming star Michael Phelps was pulled over by Maryland police early this morning and…', false],
    ['Acme Corp may become a new business line for the bankrupt retailer JCPenney...', true],
    ['Acme Corp cut 400 jobs at its plant in Ohio in March, calling the cuts “painful but … necessary …”', true],
    ["OO.ready(function() { OO.Player.create('ooyalaplayer-Z3dGc2cz', 'Z3dGc2cz'); });", false],
    ['var CasaleArgs = new Object(); CasaleArgs.version = 2; CasaleArgs.adUnits = "4";', false],
    ['See more at: http://www.dailystar.com.lb/News/Middle-East/2015/Feb-26/288865-bbc-names.', false],
    ['Mourners flock at the university to give Fidel a send off #RIPFIDEL pic.twitter.com/gZYa4joWjH', false],
    ['Feminism is a good cause, but that is insane— Jacob Fitzgerald (@Igr8kcker) February 11, 2015', false],
    ['A photo posted by Banksy (@banksy) on Jan 1, 2015 at 3:02pm PST.', false],
    ['>> Follow Evan McMurry (@evanmcmurry) on Twitter.', false],
    ['Follow Jason Sickles on Twitter (@jasonsickles) for updates from the Ferguson hearing.', false],
    ['Like Us On Facebook |   Follow Us On Twitter |   Contact The Author.', false],
    ['Police followed the suspect on Twitter and Facebook for months before the arrest in March.', true],
    ['Read more about the Acme Phone 6 Plus and its bent cases.', false],
    ['Read the full report from 9to5Mac on its website.', false],
    ['Filed in Apple >Computers >Gadgets >Rumors.', false],
    ['Last updated Sat 24 Jan 2015 at 10:32 GMT.', false],
    ['Click here to watch the video of the Acme Phone launch in Ohio.', false],
    ['Read our 5 reasons to buy an Acme Phone 6 Plus this year.', false],
    ['Watch the segment below, via the Daily Ledger and CNN.', false],
    ['Watch the police arrest the Acme suspect in Ohio on Monday.', true],
    ['Readers of the Ledger filed more than 400 complaints about Acme in March.', true],
    ['@9to5Community My Acme Phone 6 was pulling my hair too; I returned it to the store in March.', false],
    ['The account is one of many fakes (Twitter handles @Banksyofficial and @therealbanksy are also fake) set up in Banksy’s name.', true],
  ])('%s -> %s', (s, expected) => {
    expect(worthy(s)).toBe(expected);
  });
});

describe('claimText', () => {
  it.each([
    ['Acme cut 400 jobs, according to The Ledger.', 'Acme cut 400 jobs.'],
    ['Acme cut 400 jobs, the Daily Ledger reported.', 'Acme cut 400 jobs.'],
    ['Acme cut 400 jobs, a union source told AFP on Monday.', 'Acme cut 400 jobs.'],
    ['But Acme cut 400 jobs.', 'Acme cut 400 jobs.'],
    ['On Monday, the Ledger reported that Acme cut 400 jobs.', 'Acme cut 400 jobs.'],
    ['Nevertheless, the Journal reported, job losses led one large plant to close.', 'Job losses led one large plant to close.'],
    ['"We cut no jobs," Acme said.', '"We cut no jobs," Acme said.'],
    ['10.24am: A staff member says she saw a man drive away.', 'A staff member says she saw a man drive away.'],
    ['(Reuters) - Historians on Thursday opened a 113-year-old time capsule.', 'Historians on Thursday opened a 113-year-old time capsule.'],
    ['LONDON (Reuters) - Historians opened a time capsule.', 'Historians opened a time capsule.'],
    [': “No one can see their faces,” a ministry spokesman told Reuters.', '“No one can see their faces,” a ministry spokesman told Reuters.'],
    ['11:36 am   Police have named the suspect.', 'Police have named the suspect.'],
    ['9.52am: Gunfire reported to emergency services at the National War Memorial.', 'Gunfire reported to emergency services at the National War Memorial.'],
    ['Shots rang out, Acme said.', 'Shots rang out.'],
    ['Abortion based on gender is illegal in the UK but this week religious groups wrote to MPs to support an amendment.', 'Abortion based on gender is illegal in the UK but this week religious groups wrote to MPs to support an amendment.'],
    ["After the video went viral, Paler Lin said on YouTube: 'I wasn't expecting to get this kind of footage.", "After the video went viral, Paler Lin said on YouTube: 'I wasn't expecting to get this kind of footage."],
    ['Acme cut 400 jobs according to The Ledger.', 'Acme cut 400 jobs.'],
    ['The situation remains "tenuous," Kirby said on Tuesday.', 'The situation remains "tenuous."'],
    ["The time capsule's presence at the Old State House had only recently been confirmed.", "The time capsule's presence at the Old State House had only recently been confirmed."],
    ['On the same day Michael Brown was buried, a Ferguson man released what he claims to be new evidence in the case.', 'On the same day Michael Brown was buried, a Ferguson man released what he claims to be new evidence in the case.'],
    ['At 10.30 the plant closed.', 'At 10.30 the plant closed.'],
  ])('%s', (input, expected) => {
    expect(claimText(input)).toBe(expected);
  });
});
